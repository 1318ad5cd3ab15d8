namespace Terminal.App.Console.Commands
{
    /// <summary>
    /// <c>reboot</c>: restarts the terminal once the answer is sent and audited. Refuses while a payment is
    /// authorizing (the customer is waiting for an answer); nothing queued is lost by a restart.
    /// </summary>
    public sealed class RebootCommand : ConsoleCommand
    {
        /// <inheritdoc/>
        public override string Name
        {
            get { return "reboot"; }
        }

        /// <inheritdoc/>
        public override string Usage
        {
            get { return "reboot"; }
        }

        /// <inheritdoc/>
        public override string Summary
        {
            get { return "restart the terminal (refused while a payment is authorizing)"; }
        }

        /// <inheritdoc/>
        public override void Execute(ConsoleRequest request, ConsoleServices services, ConsoleResponse response)
        {
            if (request.Count != 0)
            {
                BadArguments(response, "no arguments");
                return;
            }

            if (services.Restart == null)
            {
                response.NotAvailable("restart control");
                return;
            }

            if (services.IsPaymentAuthorizing())
            {
                response.Fail(ConsoleErrors.Busy, "a payment is authorizing; try again when it has its answer");
                return;
            }

            response.RestartAfterAnswer = true;
            if (request.Json)
            {
                response.Json(new ConsoleJson().BeginObject().Boolean("restarting", true).EndObject());
            }
            else
            {
                response.Line("restarting now; the session ends");
            }
        }
    }
}
