namespace Terminal.App.Screens
{
    /// <summary>The icon square of the result screens; remembers which icon and colour it drew.</summary>
    internal sealed class IconSlot
    {
        private const int KindCount = 12;

        private readonly ScreenCanvas _screen;
        private readonly byte[][] _masks = new byte[KindCount][];
        private IconKind _kind;
        private ushort _color;

        /// <summary>Creates the slot and builds every icon's mask (about 6 KB, once).</summary>
        public IconSlot(ScreenCanvas screen)
        {
            _screen = screen;
            for (int kind = 1; kind < KindCount; kind++)
            {
                _masks[kind] = IconMasks.Build((IconKind)kind);
            }
        }

        /// <summary>Gets or sets whether the current composition set this slot.</summary>
        public bool Touched { get; set; }

        /// <summary>Gets the icon on the panel.</summary>
        public IconKind Kind
        {
            get { return _kind; }
        }

        /// <summary>Shows an icon; the same icon in the same colour draws nothing.</summary>
        public void Show(IconKind kind, ushort colorRgb565)
        {
            Touched = true;
            if (kind == _kind && colorRgb565 == _color)
            {
                return;
            }

            if (kind == IconKind.None)
            {
                Clear();
                return;
            }

            // One call paints the whole square: no separate erase of the old icon.
            _screen.DrawMask(ScreenLayout.IconLeft, ScreenLayout.IconTop, ScreenLayout.IconSize, ScreenLayout.IconSize, _masks[(int)kind], colorRgb565, ScreenColors.Background, 1);
            _kind = kind;
            _color = colorRgb565;
        }

        /// <summary>Erases the icon, if any.</summary>
        public void Clear()
        {
            if (_kind != IconKind.None)
            {
                _screen.Fill(ScreenLayout.IconLeft, ScreenLayout.IconTop, ScreenLayout.IconSize, ScreenLayout.IconSize, ScreenColors.Background);
            }

            Forget();
        }

        /// <summary>Forgets the icon without erasing it (the area was repainted as a whole).</summary>
        public void Forget()
        {
            _kind = IconKind.None;
            _color = 0;
        }
    }
}
