using System.Collections.Generic;

namespace Terminal.Tools.Chaos
{
    /// <summary>The first failures a campaign met, described for the log: enough to start debugging, bounded so a broken journal cannot flood it.</summary>
    public abstract class FailureNotes
    {
        private const int Kept = 20;
        private readonly List<string> _notes = new();

        /// <summary>The first failure descriptions.</summary>
        public IReadOnlyList<string> Notes => _notes;

        /// <summary>Keeps a failure description (the first 20).</summary>
        public void Note(string text)
        {
            if (_notes.Count < Kept)
            {
                _notes.Add(text);
            }
        }
    }
}
