using System.Text;

namespace Terminal.App.Screens
{
    /// <summary>
    /// The parts of the screen between the status bar and the footer, each a slot that remembers what it
    /// drew. A screen describes itself top to bottom between <see cref="Begin"/> and <see cref="End"/>;
    /// a slot given what it already shows draws nothing, and a slot the new screen leaves out is erased
    /// at <see cref="End"/>. That is how "authorizing" becomes "approved" by repainting the title, the
    /// icon and a few lines, while the amount, the status bar and the footer stay untouched on the panel.
    /// </summary>
    internal sealed class ScreenComposer
    {
        private readonly ScreenCanvas _screen;
        private readonly TextSlot _title;
        private readonly IconSlot _icon;
        private readonly CountdownDigits _countdown;
        private readonly TextSlot _amount;
        private readonly TextSlot[] _lines = new TextSlot[ScreenLayout.LineCount];
        private readonly TextSlot _hint;
        private readonly QrCodeSlot _qrCode;
        private readonly TextSlot _qrAmount;
        private readonly TextSlot[] _menuRows = new TextSlot[ScreenLayout.MenuRows];

        private ScreenFamily _family;
        private ushort _stripColor;
        private bool _stripDrawn;
        private bool _stripTouched;

        /// <summary>Creates the slots; nothing is drawn until a screen is composed.</summary>
        public ScreenComposer(ScreenCanvas screen)
        {
            _screen = screen;
            ushort under = ScreenColors.Background;
            _title = new TextSlot(screen, 0, ScreenLayout.TitleTop, ScreenLayout.Width, ScreenLayout.TitleHeight, 2, TextAlignment.Centre, under);
            _icon = new IconSlot(screen);
            _countdown = new CountdownDigits(screen);
            _amount = new TextSlot(screen, ScreenLayout.Margin, ScreenLayout.AmountTop, ScreenLayout.TextWidth, ScreenLayout.AmountHeight, 3, TextAlignment.Centre, under);
            for (int i = 0; i < _lines.Length; i++)
            {
                // As tall as the pitch, so a banner's band has room above and below its text.
                int top = ScreenLayout.LinesTop + (i * ScreenLayout.LinePitch) - ((ScreenLayout.LinePitch - ScreenLayout.LineHeight) / 2);
                _lines[i] = new TextSlot(screen, ScreenLayout.Margin, top, ScreenLayout.TextWidth, ScreenLayout.LinePitch, 1, TextAlignment.Centre, under);
            }

            _hint = new TextSlot(screen, ScreenLayout.Margin, ScreenLayout.HintTop, ScreenLayout.TextWidth, ScreenLayout.LineHeight, 1, TextAlignment.Centre, under);
            _qrCode = new QrCodeSlot(screen);
            _qrAmount = new TextSlot(screen, 0, ScreenLayout.QrAmountTop, ScreenLayout.Width, 32, 2, TextAlignment.Centre, under);
            for (int i = 0; i < _menuRows.Length; i++)
            {
                _menuRows[i] = new TextSlot(screen, ScreenLayout.Margin, ScreenLayout.MenuTop + (i * ScreenLayout.MenuPitch), ScreenLayout.TextWidth, ScreenLayout.MenuPitch - 3, 1, TextAlignment.Left, under);
            }
        }

        /// <summary>Gets or sets the texts of the current language.</summary>
        public ScreenText Text { get; set; }

        /// <summary>Starts composing a screen of a family; a new family clears the body first.</summary>
        public void Begin(ScreenFamily family)
        {
            if (family != _family)
            {
                _screen.Fill(0, ScreenLayout.BodyTop, ScreenLayout.Width, ScreenLayout.BodyBottom - ScreenLayout.BodyTop, ScreenColors.Background);
                ForgetBody();
                _family = family;
            }

            _stripTouched = false;
            _title.Touched = false;
            _hint.Touched = false;
            _icon.Touched = false;
            _amount.Touched = false;
            _qrCode.Touched = false;
            _qrAmount.Touched = false;
            for (int i = 0; i < _lines.Length; i++)
            {
                _lines[i].Touched = false;
            }

            for (int i = 0; i < _menuRows.Length; i++)
            {
                _menuRows[i].Touched = false;
            }
        }

        /// <summary>Finishes a screen: erases every slot it did not set.</summary>
        public void End()
        {
            if (!_stripTouched && _stripDrawn)
            {
                _screen.Fill(0, ScreenLayout.StripTop, ScreenLayout.Width, ScreenLayout.StripHeight, ScreenColors.Background);
                _stripDrawn = false;
            }

            ClearIfUntouched(_title);
            ClearIfUntouched(_hint);
            if (!_icon.Touched)
            {
                _icon.Clear();
                _countdown.Forget();
            }

            ClearIfUntouched(_amount);
            if (!_qrCode.Touched)
            {
                _qrCode.Clear();
            }

            ClearIfUntouched(_qrAmount);
            for (int i = 0; i < _lines.Length; i++)
            {
                ClearIfUntouched(_lines[i]);
            }

            for (int i = 0; i < _menuRows.Length; i++)
            {
                ClearIfUntouched(_menuRows[i]);
            }
        }

        /// <summary>Forgets everything drawn and paints the area between status bar and footer blank (language switch, panel reset).</summary>
        public void Invalidate()
        {
            _screen.Fill(0, ScreenLayout.StripTop, ScreenLayout.Width, ScreenLayout.RuleTop - ScreenLayout.StripTop, ScreenColors.Background);
            _stripDrawn = false;
            _title.Forget();
            _hint.Forget();
            ForgetBody();
        }

        /// <summary>The title, in the screen's state colour, with the state strip under the status bar in the same colour.</summary>
        public void Title(string text, ushort colorRgb565)
        {
            _stripTouched = true;
            if (!_stripDrawn || _stripColor != colorRgb565)
            {
                _screen.Fill(0, ScreenLayout.StripTop, ScreenLayout.Width, ScreenLayout.StripHeight, colorRgb565);
                _stripColor = colorRgb565;
                _stripDrawn = true;
            }

            _title.Show(text, colorRgb565);
        }

        /// <summary>The icon (result family).</summary>
        public void Icon(IconKind kind, ushort colorRgb565)
        {
            if (kind != _icon.Kind)
            {
                // The new icon's square covers the digits.
                _countdown.Forget();
            }

            _icon.Show(kind, colorRgb565);
        }

        /// <summary>The countdown's digits inside the ring; only digits that changed are repainted.</summary>
        public void Countdown(int seconds, ushort colorRgb565)
        {
            _countdown.Show(seconds, colorRgb565);
        }

        /// <summary>The amount in large digits (result family); an amount of 0 or less shows none.</summary>
        public void Amount(long amountMinorUnits)
        {
            if (amountMinorUnits > 0)
            {
                _amount.Show(AmountText.Format(Text.CurrencySymbol, amountMinorUnits), ScreenColors.Text);
            }
        }

        /// <summary>The amount being typed, zero included (amount entry; idle shows ¥0.00 dimmed).</summary>
        public void TypedAmount(long amountMinorUnits, ushort colorRgb565)
        {
            _amount.Show(AmountText.Format(Text.CurrencySymbol, amountMinorUnits < 0 ? 0 : amountMinorUnits), colorRgb565);
        }

        /// <summary>A short word in large letters where the amount goes (a cause id on the error screen).</summary>
        public void Headline(string text, ushort colorRgb565)
        {
            if (text != null && text.Length > 0)
            {
                _amount.Show(text, colorRgb565);
            }
        }

        /// <summary>One message line (0 to <see cref="ScreenLayout.LineCount"/> - 1), centred.</summary>
        public void Line(int index, string text, ushort colorRgb565)
        {
            if (index < _lines.Length && text != null && text.Length > 0)
            {
                _lines[index].Show(text, colorRgb565);
            }
        }

        /// <summary>One message line on a band of colour across the line (a banner).</summary>
        public void Banner(int index, string text, ushort foregroundRgb565, ushort backgroundRgb565)
        {
            if (index < _lines.Length)
            {
                _lines[index].Show(text, foregroundRgb565, backgroundRgb565, true);
            }
        }

        /// <summary>A sentence wrapped over as many message lines as it needs, from <paramref name="firstLine"/> on.</summary>
        /// <returns>The index of the first line after it; text that does not fit the remaining lines is left out.</returns>
        public int Paragraph(int firstLine, string text, ushort colorRgb565)
        {
            int line = firstLine;
            int start = 0;
            while (text != null && start < text.Length && line < _lines.Length)
            {
                int next;
                int end = TextWrap.LineEnd(_screen, text, start, ScreenLayout.TextWidth, out next);
                _lines[line].Show(text.Substring(start, end - start), colorRgb565);
                line++;
                start = next;
            }

            return line;
        }

        /// <summary>The key hint above the footer.</summary>
        public void Hint(string text)
        {
            _hint.Show(text, ScreenColors.Muted);
        }

        /// <summary>The merchant's QR code (QR family).</summary>
        /// <returns><c>false</c> when the content cannot be encoded.</returns>
        public bool QrCode(string content)
        {
            return _qrCode.Show(content);
        }

        /// <summary>The amount under the QR code (QR family).</summary>
        public void QrAmount(long amountMinorUnits)
        {
            if (amountMinorUnits > 0)
            {
                _qrAmount.Show(AmountText.Format(Text.CurrencySymbol, amountMinorUnits), ScreenColors.Text);
            }
        }

        /// <summary>One row of a list (menu family); the selected row is drawn on a band.</summary>
        public void MenuRow(int row, string text, bool selected)
        {
            if (row < _menuRows.Length)
            {
                _menuRows[row].Show(text, selected ? ScreenColors.Background : ScreenColors.Text, selected ? ScreenColors.Progress : ScreenColors.Background, true);
            }
        }

        /// <summary>One row of a list (menu family) as plain text in a colour, not selectable: a line of a technician's page.</summary>
        public void ListRow(int row, string text, ushort colorRgb565)
        {
            if (row < _menuRows.Length && text != null && text.Length > 0)
            {
                _menuRows[row].Show(text, colorRgb565);
            }
        }

        /// <summary>A sentence wrapped over list rows (menu family), from <paramref name="firstRow"/> on, at most <paramref name="maximumRows"/> rows.</summary>
        /// <returns>The index of the first row after it; text that does not fit is left out.</returns>
        public int ListParagraph(int firstRow, string text, ushort colorRgb565, int maximumRows)
        {
            int row = firstRow;
            int start = 0;
            int last = firstRow + maximumRows;
            while (text != null && start < text.Length && row < _menuRows.Length && row < last)
            {
                int next;
                int end = TextWrap.LineEnd(_screen, text, start, ScreenLayout.TextWidth, out next);
                _menuRows[row].Show(text.Substring(start, end - start), colorRgb565);
                row++;
                start = next;
            }

            return row;
        }

        /// <summary>Gets the texts the body shows, top to bottom, one per line.</summary>
        public string Describe()
        {
            StringBuilder builder = new StringBuilder();
            Append(builder, _title);
            Append(builder, _amount);
            for (int i = 0; i < _lines.Length; i++)
            {
                Append(builder, _lines[i]);
            }

            for (int i = 0; i < _menuRows.Length; i++)
            {
                Append(builder, _menuRows[i]);
            }

            Append(builder, _qrAmount);
            Append(builder, _hint);
            return builder.ToString();
        }

        private static void Append(StringBuilder builder, TextSlot slot)
        {
            if (slot.Text != null)
            {
                builder.Append(slot.Text);
                builder.Append('\n');
            }
        }

        private static void ClearIfUntouched(TextSlot slot)
        {
            if (!slot.Touched)
            {
                slot.Clear();
            }
        }

        private void ForgetBody()
        {
            _icon.Forget();
            _countdown.Forget();
            _amount.Forget();
            _qrCode.Forget();
            _qrAmount.Forget();
            for (int i = 0; i < _lines.Length; i++)
            {
                _lines[i].Forget();
            }

            for (int i = 0; i < _menuRows.Length; i++)
            {
                _menuRows[i].Forget();
            }
        }
    }
}
