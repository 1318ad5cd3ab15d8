using System;
using System.Collections.Generic;

namespace Terminal.Tools.Simulator.Rig
{
    /// <summary>The fault switches of the page and the scripts. Power cut, power on and reboot are actions, not switches.</summary>
    public enum FaultSwitch
    {
        /// <summary>The network between terminal and host is down; pulling it loses the answer in flight.</summary>
        NetworkDown,

        /// <summary>The host takes <see cref="HostFaultSwitches.SlowHostDelayMilliseconds"/> over every request.</summary>
        HostSlow,

        /// <summary>The host approves each authorization and answers after the terminal stopped waiting.</summary>
        HostAnswersAfterTimeout,

        /// <summary>The printer's roll is empty.</summary>
        PaperOut,

        /// <summary>The printer's cover is open.</summary>
        CoverOpen,

        /// <summary>The card reader's cable is pulled.</summary>
        ReaderUnplugged,
    }

    /// <summary>The switches' names as the page, the web API and the scripts spell them.</summary>
    public static class FaultSwitches
    {
        private static readonly string[] Names = ["network-down", "host-slow", "host-late", "paper-out", "cover-open", "reader-unplugged"];

        /// <summary>Gets every switch, in the page's order.</summary>
        public static IReadOnlyList<FaultSwitch> All { get; } = (FaultSwitch[])Enum.GetValues(typeof(FaultSwitch));

        /// <summary>Gets a switch's name.</summary>
        /// <param name="faultSwitch">The switch.</param>
        /// <returns>For example <c>network-down</c>.</returns>
        public static string NameOf(FaultSwitch faultSwitch) => Names[(int)faultSwitch];

        /// <summary>Reads a switch's name.</summary>
        /// <param name="name">For example <c>paper-out</c>.</param>
        /// <param name="faultSwitch">The switch, when known.</param>
        /// <returns><c>false</c> for an unknown name.</returns>
        public static bool TryParse(string? name, out FaultSwitch faultSwitch)
        {
            int index = Array.IndexOf(Names, name);
            faultSwitch = index < 0 ? FaultSwitch.NetworkDown : (FaultSwitch)index;
            return index >= 0;
        }
    }
}
