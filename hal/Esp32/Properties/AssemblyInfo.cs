using System.Reflection;

// The legacy .nfproj project system does not generate assembly attributes, so they live here.
[assembly: AssemblyTitle("Terminal.Hal.Esp32")]
[assembly: AssemblyDescription("ESP32-S3 adapters of the terminal HAL: LittleFS storage, EEPROM identity witness, clock, board.")]
[assembly: AssemblyProduct("Terminal")]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
