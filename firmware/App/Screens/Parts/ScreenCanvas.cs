using Terminal.Drivers.Display.Text;
using Terminal.Hal.Display;

namespace Terminal.App.Screens
{
    /// <summary>
    /// The canvas and the font together, with the few drawing steps the screen parts share. It never
    /// paints a pixel twice in one update when it can avoid it: a part that changes clears only the part
    /// of its old extent the new drawing does not cover, so a canvas that counts every write (not only
    /// real changes) still sees the small update.
    /// </summary>
    internal sealed class ScreenCanvas
    {
        private readonly ICanvas _canvas;
        private readonly BitmapFont _font;

        /// <summary>Creates the helper.</summary>
        /// <param name="canvas">The panel's canvas; owned by the caller.</param>
        /// <param name="font">The font every text is drawn in.</param>
        public ScreenCanvas(ICanvas canvas, BitmapFont font)
        {
            _canvas = canvas;
            _font = font;
        }

        /// <summary>Gets the canvas.</summary>
        public ICanvas Canvas
        {
            get { return _canvas; }
        }

        /// <summary>Gets the font's cell height in pixels at scale 1.</summary>
        public int FontHeight
        {
            get { return _font.Height; }
        }

        /// <summary>Fills a rectangle.</summary>
        public void Fill(int x, int y, int width, int height, ushort colorRgb565)
        {
            _canvas.FillRectangle(x, y, width, height, colorRgb565);
        }

        /// <summary>Measures a text at scale 1, in pixels.</summary>
        public int Measure(string text)
        {
            return _font.MeasureWidth(text);
        }

        /// <summary>Measures one character at scale 1, in pixels (for line breaking).</summary>
        public int Measure(char character)
        {
            return _font.GetWidth(character);
        }

        /// <summary>Draws a text with its cells' background; returns the width drawn in pixels.</summary>
        public int DrawText(string text, int x, int y, ushort foregroundRgb565, ushort backgroundRgb565, int scale)
        {
            return TextPainter.Draw(_canvas, _font, text, x, y, foregroundRgb565, backgroundRgb565, scale);
        }

        /// <summary>Draws a packed 1-bit image (an icon, a QR code).</summary>
        public void DrawMask(int x, int y, int width, int height, byte[] bits, ushort foregroundRgb565, ushort backgroundRgb565, int scale)
        {
            _canvas.DrawMonochrome(x, y, width, height, bits, 0, foregroundRgb565, backgroundRgb565, scale);
        }

        /// <summary>
        /// Fills the part of the old rectangle that the new one does not cover: what an element that moved
        /// or shrank must erase, and nothing it is about to paint anyway.
        /// </summary>
        public void FillOutside(int oldX, int oldY, int oldWidth, int oldHeight, int newX, int newY, int newWidth, int newHeight, ushort colorRgb565)
        {
            if (oldWidth <= 0 || oldHeight <= 0)
            {
                return;
            }

            int oldRight = oldX + oldWidth;
            int oldBottom = oldY + oldHeight;
            int newRight = newX + newWidth;
            int newBottom = newY + newHeight;
            bool overlaps = newWidth > 0 && newHeight > 0 && newX < oldRight && newRight > oldX && newY < oldBottom && newBottom > oldY;
            if (!overlaps)
            {
                _canvas.FillRectangle(oldX, oldY, oldWidth, oldHeight, colorRgb565);
                return;
            }

            // Above and below the new rectangle, across the old one's width.
            int middleTop = newY > oldY ? newY : oldY;
            int middleBottom = newBottom < oldBottom ? newBottom : oldBottom;
            _canvas.FillRectangle(oldX, oldY, oldWidth, middleTop - oldY, colorRgb565);
            _canvas.FillRectangle(oldX, middleBottom, oldWidth, oldBottom - middleBottom, colorRgb565);

            // Left and right of it, in the band they share.
            _canvas.FillRectangle(oldX, middleTop, newX - oldX, middleBottom - middleTop, colorRgb565);
            _canvas.FillRectangle(newRight, middleTop, oldRight - newRight, middleBottom - middleTop, colorRgb565);
        }
    }
}
