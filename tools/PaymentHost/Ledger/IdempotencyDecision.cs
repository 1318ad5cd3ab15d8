namespace Terminal.Tools.PaymentHost
{
    /// <summary>What the idempotency table says about a state-changing request (<c>docs/host-protocol.md</c>, Idempotency).</summary>
    internal sealed class IdempotencyDecision
    {
        private IdempotencyDecision(IdempotencyVerdict verdict, int statusCode, byte[]? body)
        {
            Verdict = verdict;
            StatusCode = statusCode;
            Body = body;
        }

        public IdempotencyVerdict Verdict { get; }

        /// <summary>The stored status, for <see cref="IdempotencyVerdict.Replay"/>.</summary>
        public int StatusCode { get; }

        /// <summary>The stored body, for <see cref="IdempotencyVerdict.Replay"/>.</summary>
        public byte[]? Body { get; }

        public static IdempotencyDecision Started() => new IdempotencyDecision(IdempotencyVerdict.Started, 0, null);

        public static IdempotencyDecision Replay(int statusCode, byte[] body) => new IdempotencyDecision(IdempotencyVerdict.Replay, statusCode, body);

        public static IdempotencyDecision Reused() => new IdempotencyDecision(IdempotencyVerdict.Reused, 0, null);

        public static IdempotencyDecision InProgress() => new IdempotencyDecision(IdempotencyVerdict.InProgress, 0, null);
    }

    /// <summary>The four rows of the spec's idempotency table.</summary>
    internal enum IdempotencyVerdict
    {
        /// <summary>A new key: process it; it is now in flight.</summary>
        Started,

        /// <summary>The same key and payload: answer the stored response.</summary>
        Replay,

        /// <summary>The same key and another payload (or operation): 422.</summary>
        Reused,

        /// <summary>The same key while the first request is processed: 409.</summary>
        InProgress,
    }
}
