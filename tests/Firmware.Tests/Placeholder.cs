namespace Terminal.Tests { }
