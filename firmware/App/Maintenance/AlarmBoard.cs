using Terminal.Core.Maintenance;

namespace Terminal.App.Maintenance
{
    /// <summary>
    /// The alarms a technician sees without reading the whole log: the last few alarms since boot, newest first,
    /// shown by the console's <c>status</c> and counted on the idle screen's status bar. It is an
    /// <see cref="IAlarmSink"/> of the event log, so the SW-LOG self-test's test alarm must arrive here too.
    /// </summary>
    public sealed class AlarmBoard : IAlarmSink
    {
        /// <summary>How many alarms are kept.</summary>
        public const int Capacity = 8;

        private readonly EventRecord[] _alarms = new EventRecord[Capacity];
        private int _count;
        private int _next;

        /// <inheritdoc/>
        public string Name
        {
            get { return "alarm-board"; }
        }

        /// <summary>Gets how many alarms arrived since boot (including those no longer kept).</summary>
        public int Received { get; private set; }

        /// <summary>Gets how many alarms are kept.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <inheritdoc/>
        public bool Accept(EventRecord alarm)
        {
            if (alarm == null)
            {
                return false;
            }

            _alarms[_next] = alarm;
            _next = (_next + 1) % Capacity;
            if (_count < Capacity)
            {
                _count++;
            }

            Received++;
            return true;
        }

        /// <summary>Gets a kept alarm.</summary>
        /// <param name="index">0 (newest) .. <see cref="Count"/> - 1.</param>
        /// <returns>The alarm record.</returns>
        public EventRecord GetNewest(int index)
        {
            if (index < 0 || index >= _count)
            {
                throw new System.ArgumentOutOfRangeException("index");
            }

            return _alarms[(_next - 1 - index + Capacity) % Capacity];
        }
    }
}
