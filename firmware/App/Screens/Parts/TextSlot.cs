namespace Terminal.App.Screens
{
    /// <summary>
    /// One line of text at a fixed place that remembers what it drew: showing the same text again draws
    /// nothing, and a new text erases only what the old one covered and the new one does not.
    /// </summary>
    internal sealed class TextSlot
    {
        private readonly ScreenCanvas _screen;
        private readonly int _left;
        private readonly int _top;
        private readonly int _width;
        private readonly int _height;
        private readonly int _preferredScale;
        private readonly TextAlignment _alignment;
        private readonly ushort _base;

        private string _text;
        private ushort _foreground;
        private ushort _background;
        private bool _band;
        private int _drawnX;
        private int _drawnY;
        private int _drawnWidth;
        private int _drawnHeight;

        /// <summary>Creates an empty slot.</summary>
        /// <param name="screen">Where it draws.</param>
        /// <param name="left">Left of the slot's box, pixels.</param>
        /// <param name="top">Top of the slot's box, pixels.</param>
        /// <param name="width">Width of the box, pixels; a text wider than this is drawn smaller when it can be.</param>
        /// <param name="height">Height of the box, pixels; the text is centred vertically in it.</param>
        /// <param name="preferredScale">The scale the text is drawn at when it fits (1 to 3).</param>
        /// <param name="alignment">Where the text sits horizontally in the box.</param>
        /// <param name="baseRgb565">The colour under the slot: what an erased text leaves.</param>
        public TextSlot(ScreenCanvas screen, int left, int top, int width, int height, int preferredScale, TextAlignment alignment, ushort baseRgb565)
        {
            _base = baseRgb565;
            _screen = screen;
            _left = left;
            _top = top;
            _width = width;
            _height = height;
            _preferredScale = preferredScale;
            _alignment = alignment;
        }

        /// <summary>Gets the text on the panel; <c>null</c> when the slot is empty.</summary>
        public string Text
        {
            get { return _text; }
        }

        /// <summary>Gets or sets whether the current composition set this slot (see <see cref="ScreenComposer"/>).</summary>
        public bool Touched { get; set; }

        /// <summary>Shows a text on the colour under the slot.</summary>
        public void Show(string text, ushort foregroundRgb565)
        {
            Show(text, foregroundRgb565, _base, false);
        }

        /// <summary>Shows a text; with <paramref name="band"/> the whole box is filled with the background (a banner, a selected row).</summary>
        public void Show(string text, ushort foregroundRgb565, ushort backgroundRgb565, bool band)
        {
            Touched = true;
            if (_text != null && _text == text && _foreground == foregroundRgb565 && _background == backgroundRgb565 && _band == band)
            {
                return;
            }

            int scale = _preferredScale;
            int textWidth = _screen.Measure(text) * scale;
            while (scale > 1 && textWidth > _width)
            {
                scale--;
                textWidth = _screen.Measure(text) * scale;
            }

            int textHeight = _screen.FontHeight * scale;
            int x = _alignment == TextAlignment.Centre ? _left + ((_width - textWidth) / 2) : (_alignment == TextAlignment.Right ? _left + _width - textWidth : _left);
            int y = _top + ((_height - textHeight) / 2);

            int newX = band ? _left : x;
            int newY = band ? _top : y;
            int newWidth = band ? _width : textWidth;
            int newHeight = band ? _height : textHeight;

            // Whatever the old drawing covered outside the new one goes back to the colour under the slot.
            _screen.FillOutside(_drawnX, _drawnY, _drawnWidth, _drawnHeight, newX, newY, newWidth, newHeight, _base);
            if (band)
            {
                _screen.FillOutside(_left, _top, _width, _height, x, y, textWidth, textHeight, backgroundRgb565);
            }

            _screen.DrawText(text, x, y, foregroundRgb565, backgroundRgb565, scale);

            _text = text;
            _foreground = foregroundRgb565;
            _background = backgroundRgb565;
            _band = band;
            _drawnX = newX;
            _drawnY = newY;
            _drawnWidth = newWidth;
            _drawnHeight = newHeight;
        }

        /// <summary>Erases what the slot drew, if anything.</summary>
        public void Clear()
        {
            if (_text == null)
            {
                return;
            }

            _screen.Fill(_drawnX, _drawnY, _drawnWidth, _drawnHeight, _base);
            Forget();
        }

        /// <summary>Forgets what was drawn without erasing it (the area was repainted as a whole).</summary>
        public void Forget()
        {
            _text = null;
            _drawnWidth = 0;
            _drawnHeight = 0;
        }
    }
}
