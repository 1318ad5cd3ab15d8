namespace Terminal.Core.Journal
{
    /// <summary>Something the journal keeps in sequence order: a record or a transaction.</summary>
    public interface ISequenced
    {
        /// <summary>Gets the journal sequence that orders and identifies it.</summary>
        uint Sequence { get; }
    }
}
