using System;
using Terminal.Hal.Keypad;

namespace Terminal.Drivers.Keypad.Matrix4x4
{
    /// <summary>
    /// A fixed ring buffer of key events: the array is allocated once, so queuing and taking events allocate
    /// nothing. When full, a new event is refused (the older ones, which the app has not seen yet, are kept in
    /// order). Not thread-safe: the keypad driver locks around it.
    /// </summary>
    public sealed class KeyEventQueue
    {
        private readonly KeyEvent[] _events;
        private int _head;
        private int _count;

        /// <summary>Creates an empty queue.</summary>
        /// <param name="capacity">The most events it holds, 1 or more.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is less than 1.</exception>
        public KeyEventQueue(int capacity)
        {
            if (capacity < 1)
            {
                throw new ArgumentOutOfRangeException("capacity");
            }

            _events = new KeyEvent[capacity];
        }

        /// <summary>Gets how many events wait.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Gets the most events the queue holds.</summary>
        public int Capacity
        {
            get { return _events.Length; }
        }

        /// <summary>Adds an event at the end.</summary>
        /// <param name="keyEvent">The event.</param>
        /// <returns><c>true</c> when it was queued; <c>false</c> when the queue was full and the event was dropped.</returns>
        public bool TryEnqueue(KeyEvent keyEvent)
        {
            if (_count == _events.Length)
            {
                return false;
            }

            _events[(_head + _count) % _events.Length] = keyEvent;
            _count++;
            return true;
        }

        /// <summary>Takes the oldest event.</summary>
        /// <param name="keyEvent">The event, when there was one.</param>
        /// <returns><c>true</c> when an event was taken; <c>false</c> when the queue was empty.</returns>
        public bool TryDequeue(out KeyEvent keyEvent)
        {
            if (_count == 0)
            {
                keyEvent = new KeyEvent();
                return false;
            }

            keyEvent = _events[_head];
            _head = (_head + 1) % _events.Length;
            _count--;
            return true;
        }
    }
}
