using Terminal.Core.Journal;

namespace Terminal.App.Outbox
{
    /// <summary>
    /// A receiver of one outbound queue: the screen, the printer or the merchant's backend. It must
    /// deduplicate by idempotency key, because after a power cut an item it already has may come
    /// again (delivery is at least once; the key makes it exactly once for the user).
    /// </summary>
    /// <remarks>
    /// Within one boot the journal never offers an acknowledged item twice, so a screen shows each
    /// result once. An item comes again only after a power cut that fell between its delivery and
    /// the commit of its acknowledgement (normally the same delivery round). The backend drops it
    /// by key. The screen, which remembers nothing across a power cut, shows it again, which is
    /// right: the customer may not have seen it. The printer driver (issue #4) is to mark such a
    /// receipt REPRINT.
    /// </remarks>
    public interface IOutboxSink
    {
        /// <summary>Delivers one item. Must not throw for field conditions (no paper, no network): return <c>false</c>.</summary>
        /// <param name="item">The item: a transaction result or a host message.</param>
        /// <param name="idempotencyKey">Terminal id and journal sequence; the same for every retry of this item.</param>
        /// <returns><c>true</c> when the receiver has the item (now or from an earlier attempt); <c>false</c> to retry later.</returns>
        bool Deliver(JournalEntry item, string idempotencyKey);
    }
}
