using System.Reflection;

// The legacy .nfproj project system does not generate assembly attributes, so they live here.
[assembly: AssemblyTitle("Terminal.Device")]
[assembly: AssemblyDescription("Device entry point of the point-of-sale terminal firmware.")]
[assembly: AssemblyProduct("Terminal")]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
