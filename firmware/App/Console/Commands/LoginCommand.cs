using Terminal.App.Technician;

namespace Terminal.App.Console.Commands
{
    /// <summary>
    /// <c>login &lt;credential&gt;</c>: signs the session in through the technician gate, the same gate and
    /// lockout as the menu. The credential is never echoed or logged.
    /// </summary>
    public sealed class LoginCommand : ConsoleCommand
    {
        /// <inheritdoc/>
        public override string Name
        {
            get { return "login"; }
        }

        /// <inheritdoc/>
        public override string Usage
        {
            get { return "login <credential>"; }
        }

        /// <inheritdoc/>
        public override string Summary
        {
            get { return "sign in with the technician credential (10 failures lock for 30 min)"; }
        }

        /// <inheritdoc/>
        public override bool RequiresSignIn
        {
            get { return false; }
        }

        /// <inheritdoc/>
        public override void Execute(ConsoleRequest request, ConsoleServices services, ConsoleResponse response)
        {
            if (request.Count != 1)
            {
                BadArguments(response, "one credential");
                return;
            }

            ITechnicianAccess access = services.Access;
            if (access == null)
            {
                response.NotAvailable("technician sign-in");
                return;
            }

            AccessResult result = access.TrySignIn("console", request.Argument(0));
            switch (result)
            {
                case AccessResult.Granted:
                    response.SignedIn = true;
                    if (request.Json)
                    {
                        response.Json(new ConsoleJson().BeginObject().Boolean("signed_in", true).EndObject());
                    }
                    else
                    {
                        response.Line("signed in");
                    }

                    break;
                case AccessResult.LockedOut:
                    response.Fail(ConsoleErrors.LockedOut, "too many failures: sign-in locked until " + ConsoleText.FormatUtc(access.LockedUntilUtcMilliseconds));
                    break;
                case AccessResult.NotConfigured:
                    response.Fail(ConsoleErrors.NotConfigured, "no technician credential is set on this terminal");
                    break;
                default:
                    response.Fail(ConsoleErrors.Refused, "credential refused (" + access.ConsecutiveFailures.ToString() + " of 10 before lockout)");
                    break;
            }
        }
    }
}
