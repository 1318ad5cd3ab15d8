using Terminal.Hal.Buses;

namespace Terminal.Hal.Board
{
    /// <summary>How the 4x4 key matrix is connected: four row outputs driven low one at a time, four column inputs with pull-ups.</summary>
    public sealed class KeypadWiring
    {
        /// <summary>Gets or sets the row lines, top row first.</summary>
        public IDigitalOutput[] Rows { get; set; }

        /// <summary>Gets or sets the column lines, left column first.</summary>
        public IDigitalInput[] Columns { get; set; }
    }
}
