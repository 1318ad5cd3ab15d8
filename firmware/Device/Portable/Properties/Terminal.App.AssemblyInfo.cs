using System.Reflection;

// Device build only: the legacy .nfproj project system does not generate assembly attributes (the host
// SDK-style Terminal.App.csproj does, which is why this file is not in Terminal.App.projitems).
[assembly: AssemblyTitle("Terminal.App")]
[assembly: AssemblyProduct("Terminal")]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
