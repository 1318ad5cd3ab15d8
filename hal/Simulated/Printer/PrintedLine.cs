using Terminal.Hal.Printer;

namespace Terminal.Hal.Simulated.Printer
{
    /// <summary>One line the emulated printer put on paper, decoded back to text.</summary>
    /// <param name="Text">The characters printed (GB18030 decoded with .NET's encoder); empty for a blank line.</param>
    /// <param name="Alignment">The justification in force when the line was printed.</param>
    /// <param name="Emphasized">Whether emphasized mode was on.</param>
    /// <param name="WidthMultiplier">Character width magnification, 1 to 8.</param>
    /// <param name="HeightMultiplier">Character height magnification, 1 to 8.</param>
    /// <param name="Wrapped">Whether the printer broke the line because it reached 384 dots (the text did not fit).</param>
    public sealed record PrintedLine(string Text, PrintAlignment Alignment, bool Emphasized, int WidthMultiplier, int HeightMultiplier, bool Wrapped);
}
