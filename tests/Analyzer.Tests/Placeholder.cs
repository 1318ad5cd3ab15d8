namespace Terminal.Analyzers.Tests { }
