using System.Reflection;

// The legacy .nfproj project system does not generate assembly attributes, so they live here.
[assembly: AssemblyTitle("NFUnitTest")]
[assembly: AssemblyDescription("On-board checks of the ESP32 HAL adapters.")]
[assembly: AssemblyProduct("Terminal")]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
