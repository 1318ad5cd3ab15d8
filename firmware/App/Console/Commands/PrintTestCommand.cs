using Terminal.Hal.Printer;

namespace Terminal.App.Console.Commands
{
    /// <summary>
    /// <c>print-test</c>: prints a printer test slip (title, terminal, firmware, time, a character ruler, "NOT A
    /// RECEIPT"). Never a receipt of a payment: it touches no journal record and no receipt queue.
    /// </summary>
    public sealed class PrintTestCommand : ConsoleCommand
    {
        /// <inheritdoc/>
        public override string Name
        {
            get { return "print-test"; }
        }

        /// <inheritdoc/>
        public override string Usage
        {
            get { return "print-test"; }
        }

        /// <inheritdoc/>
        public override string Summary
        {
            get { return "print a printer test slip (not a receipt)"; }
        }

        /// <inheritdoc/>
        public override void Execute(ConsoleRequest request, ConsoleServices services, ConsoleResponse response)
        {
            if (request.Count != 0)
            {
                BadArguments(response, "no arguments");
                return;
            }

            IReceiptPrinter printer = services.Printer;
            if (printer == null)
            {
                response.NotAvailable("printer");
                return;
            }

            PrintDocument slip = new PrintDocument();
            slip.AddText("PRINTER TEST", PrintAlignment.Center, PrintStyle.Emphasized | PrintStyle.DoubleHeight);
            slip.AddText("terminal " + services.TerminalId, PrintAlignment.Left, PrintStyle.Normal);
            slip.AddText("firmware " + services.FirmwareVersion, PrintAlignment.Left, PrintStyle.Normal);
            slip.AddText(ConsoleText.FormatUtc(services.Clock.UtcNowMilliseconds), PrintAlignment.Left, PrintStyle.Normal);
            string ruler = "1234567890123456789012345678901234567890";
            int columns = printer.ColumnsPerLine > 0 && printer.ColumnsPerLine < ruler.Length ? printer.ColumnsPerLine : ruler.Length;
            slip.AddText(ruler.Substring(0, columns), PrintAlignment.Left, PrintStyle.Normal);
            slip.AddText("NOT A RECEIPT", PrintAlignment.Center, PrintStyle.Emphasized);
            slip.AddBlankLine();
            PrintResult result = printer.Print(slip);
            string outcome = result.Outcome == PrintOutcome.Printed ? "printed" : result.Outcome == PrintOutcome.Stopped ? "stopped" : "link-fault";
            if (request.Json)
            {
                response.Json(new ConsoleJson().BeginObject().String("outcome", outcome).Number("lines", result.LinesSent).Number("bytes", result.DocumentBytesSent).EndObject());
            }
            else
            {
                response.Line("test slip " + outcome + ", " + result.LinesSent.ToString() + " lines");
            }

            if (!result.IsPrinted)
            {
                response.Fail(ConsoleErrors.Failed, "the printer did not print the slip (" + outcome + "); run selftest run HW-PRINTER");
            }
        }
    }
}
