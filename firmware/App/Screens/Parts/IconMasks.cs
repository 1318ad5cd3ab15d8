namespace Terminal.App.Screens
{
    /// <summary>
    /// The icons as 1-bit masks (<see cref="ScreenLayout.IconSize"/> square, rows packed most significant
    /// bit first), drawn with one <c>DrawMonochrome</c> call each: the icon's colour where a bit is set, the
    /// background elsewhere, so the whole square is painted once and the white inner strokes (the check,
    /// the cross) are simply clear bits. Built from plain geometry on integer math, once, when the presenter
    /// is created (the device's single-precision float is avoided on purpose: no rounding differences
    /// between the host snapshots and the panel).
    /// </summary>
    /// <remarks>
    /// Coordinates are in half pixels from the icon's centre: a pixel (x, y) has its centre at
    /// (2x + 1 - size, 2y + 1 - size), so the shapes are symmetric on an even-sized square.
    /// </remarks>
    internal static class IconMasks
    {
        /// <summary>Outer radius of the discs and rings, half pixels (30 pixels).</summary>
        private const int DiscRadius = 60;

        /// <summary>Inner radius of the countdown ring, half pixels (26 pixels: the 32-pixel digits box fits inside).</summary>
        private const int RingInnerRadius = 52;

        /// <summary>Builds the mask of an icon.</summary>
        /// <param name="kind">The icon.</param>
        /// <returns>The packed mask; all clear for <see cref="IconKind.None"/>.</returns>
        public static byte[] Build(IconKind kind)
        {
            int size = ScreenLayout.IconSize;
            int stride = (size + 7) / 8;
            byte[] bits = new byte[stride * size];
            for (int y = 0; y < size; y++)
            {
                for (int x = 0; x < size; x++)
                {
                    if (IsSet(kind, (2 * x) + 1 - size, (2 * y) + 1 - size))
                    {
                        bits[(y * stride) + (x / 8)] |= (byte)(0x80 >> (x % 8));
                    }
                }
            }

            return bits;
        }

        private static bool IsSet(IconKind kind, int x, int y)
        {
            switch (kind)
            {
                case IconKind.Terminal:
                    return IsTerminal(x, y);
                case IconKind.Keypad:
                    return IsKeypad(x, y);
                case IconKind.ContactlessCard:
                    return IsContactlessCard(x, y);
                case IconKind.ScanCode:
                    return IsScanCode(x, y);
                case IconKind.CountdownRing:
                    return InDisc(x, y, DiscRadius) && !InDisc(x, y, RingInnerRadius);
                case IconKind.Check:
                    return InDisc(x, y, DiscRadius) && !IsCheckStroke(x, y);
                case IconKind.LateCheck:
                    // A thin outer ring, a gap, then the check disc: the same meaning as Check, visibly not the same screen.
                    return (InDisc(x, y, DiscRadius) && !InDisc(x, y, 54)) || (InDisc(x, y, 46) && !IsCheckStroke(x, y));
                case IconKind.Cross:
                    return InDisc(x, y, DiscRadius) && !IsCrossStroke(x, y);
                case IconKind.Hourglass:
                    return InDisc(x, y, DiscRadius) && !IsHourglass(x, y);
                case IconKind.Bar:
                    return InDisc(x, y, DiscRadius) && !InBox(x, y, -32, -7, 32, 7);
                case IconKind.Exclamation:
                    return InDisc(x, y, DiscRadius) && !(InBox(x, y, -6, -36, 6, 10) || InBox(x, y, -6, 20, 6, 32));
                default:
                    return false;
            }
        }

        private static bool InDisc(int x, int y, int radius)
        {
            return (x * x) + (y * y) <= radius * radius;
        }

        private static bool InBox(int x, int y, int left, int top, int right, int bottom)
        {
            return x >= left && x <= right && y >= top && y <= bottom;
        }

        /// <summary>Inside the ring between two radii (half pixels).</summary>
        private static bool InRing(int x, int y, int centreX, int centreY, int inner, int outer)
        {
            int dx = x - centreX;
            int dy = y - centreY;
            int squared = (dx * dx) + (dy * dy);
            return squared <= outer * outer && squared > inner * inner;
        }

        /// <summary>Within <paramref name="halfWidth"/> of the segment from A to B (all in half pixels).</summary>
        private static bool NearSegment(int x, int y, int ax, int ay, int bx, int by, int halfWidth)
        {
            long abX = bx - ax;
            long abY = by - ay;
            long apX = x - ax;
            long apY = y - ay;
            long along = (apX * abX) + (apY * abY);
            long lengthSquared = (abX * abX) + (abY * abY);
            long limit = (long)halfWidth * halfWidth;
            if (along <= 0)
            {
                return (apX * apX) + (apY * apY) <= limit;
            }

            if (along >= lengthSquared)
            {
                long bpX = x - bx;
                long bpY = y - by;
                return (bpX * bpX) + (bpY * bpY) <= limit;
            }

            // Squared distance to the line: |AP|^2 - (AP.AB)^2 / |AB|^2, kept in integers.
            long across = ((apX * apX) + (apY * apY)) * lengthSquared - (along * along);
            return across <= limit * lengthSquared;
        }

        private static bool IsCheckStroke(int x, int y)
        {
            return NearSegment(x, y, -28, 2, -8, 22, 7) || NearSegment(x, y, -8, 22, 28, -18, 7);
        }

        private static bool IsCrossStroke(int x, int y)
        {
            return NearSegment(x, y, -22, -22, 22, 22, 7) || NearSegment(x, y, -22, 22, 22, -22, 7);
        }

        private static bool IsHourglass(int x, int y)
        {
            // Two bars and a bow tie between them, narrowest at the centre.
            if (InBox(x, y, -26, -38, 26, -32) || InBox(x, y, -26, 32, 26, 38))
            {
                return true;
            }

            int absoluteY = y < 0 ? -y : y;
            int absoluteX = x < 0 ? -x : x;
            return absoluteY <= 32 && (absoluteX * 8) <= 24 + (absoluteY * 5);
        }

        private static bool IsTerminal(int x, int y)
        {
            // The case (a 6-pixel-wide outline), its screen, and a 3 x 3 key grid.
            bool inCase = InBox(x, y, -38, -58, 38, 58) && !InBox(x, y, -32, -52, 32, 52);
            bool screen = InBox(x, y, -24, -44, 24, -14);
            bool key = false;
            for (int row = 0; row < 3 && !key; row++)
            {
                for (int column = 0; column < 3 && !key; column++)
                {
                    int left = -24 + (column * 18);
                    int top = -4 + (row * 16);
                    key = InBox(x, y, left, top, left + 11, top + 9);
                }
            }

            return inCase || screen || key;
        }

        private static bool IsKeypad(int x, int y)
        {
            // Twelve keys, 3 columns by 4 rows.
            for (int row = 0; row < 4; row++)
            {
                for (int column = 0; column < 3; column++)
                {
                    int left = -50 + (column * 36);
                    int top = -58 + (row * 30);
                    if (InBox(x, y, left, top, left + 27, top + 22))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsContactlessCard(int x, int y)
        {
            // The card: filled, with a clear stripe and a clear chip.
            bool card = InBox(x, y, -60, -8, 12, 44) && !InBox(x, y, -60, 2, 12, 10) && !InBox(x, y, -48, 20, -30, 34);

            // Three waves, quarter arcs to the card's upper right.
            bool wave = false;
            if (x > 4 && y < 4 && (x - 4) > -(y - 4) / 3 && -(y - 4) > (x - 4) / 3)
            {
                wave = InRing(x, y, 4, 4, 18, 26) || InRing(x, y, 4, 4, 34, 42) || InRing(x, y, 4, 4, 50, 58);
            }

            return card || wave;
        }

        private static bool IsScanCode(int x, int y)
        {
            // Three finder marks and, in the fourth corner, the smaller alignment mark.
            bool alignment = (InBox(x, y, 22, 22, 52, 52) && !InBox(x, y, 28, 28, 46, 46)) || InBox(x, y, 33, 33, 41, 41);
            return IsFinder(x, y, -58, -58) || IsFinder(x, y, 16, -58) || IsFinder(x, y, -58, 16) || alignment;
        }

        /// <summary>A QR finder mark: a 21-pixel square ring 3 pixels thick around a 9-pixel square.</summary>
        private static bool IsFinder(int x, int y, int left, int top)
        {
            int right = left + 42;
            int bottom = top + 42;
            bool outer = InBox(x, y, left, top, right, bottom) && !InBox(x, y, left + 6, top + 6, right - 6, bottom - 6);
            bool inner = InBox(x, y, left + 12, top + 12, right - 12, bottom - 12);
            return outer || inner;
        }
    }
}
