namespace Terminal.App.Screens
{
    /// <summary>
    /// The status bar at the top of every screen: network up or down, how many results wait in the
    /// outbound queue, and the last self-test's verdict. It remembers what it shows and repaints only the
    /// item that changed.
    /// </summary>
    internal sealed class StatusBar
    {
        private const int BarsLeft = 8;
        private const int BarsBottom = 19;
        private const int QueueIconLeft = 100;
        private const int QueueIconTop = 5;
        private const int MaximumQueueShown = 999;

        private readonly ScreenCanvas _screen;
        private readonly TextSlot _networkWord;
        private readonly TextSlot _queueCount;
        private readonly TextSlot _selfTestLabel;
        private readonly TextSlot _verdictPill;

        private int _shownNetwork = -1;
        private int _shownQueue = -1;

        /// <summary>Creates the bar; nothing is drawn until <see cref="Show"/>.</summary>
        public StatusBar(ScreenCanvas screen)
        {
            _screen = screen;
            ushort under = ScreenColors.HeaderBackground;
            _networkWord = new TextSlot(screen, 28, 0, 64, ScreenLayout.HeaderHeight, 1, TextAlignment.Left, under);
            _queueCount = new TextSlot(screen, QueueIconLeft + 16, 0, 32, ScreenLayout.HeaderHeight, 1, TextAlignment.Left, under);
            _selfTestLabel = new TextSlot(screen, 150, 0, 36, ScreenLayout.HeaderHeight, 1, TextAlignment.Left, under);
            _verdictPill = new TextSlot(screen, 190, 4, 44, 16, 1, TextAlignment.Centre, under);
        }

        /// <summary>Gets the words on the bar, left to right, for <see cref="ScreenPresenter.VisibleText"/>.</summary>
        public string Describe()
        {
            return _networkWord.Text + " " + _queueCount.Text + " " + _selfTestLabel.Text + " " + _verdictPill.Text;
        }

        /// <summary>Shows the status; items that did not change are not repainted.</summary>
        public void Show(ScreenText text, bool networkUp, int queueDepth, SelfTestVerdict verdict)
        {
            int network = networkUp ? 1 : 0;
            if (network != _shownNetwork)
            {
                DrawBars(networkUp);
                _shownNetwork = network;
            }

            _networkWord.Show(networkUp ? text.NetworkOnline : text.NetworkOffline, networkUp ? ScreenColors.HeaderText : ScreenColors.NetworkDown);

            if (queueDepth < 0)
            {
                queueDepth = 0;
            }

            if (queueDepth != _shownQueue)
            {
                // Counting only changes when a result is queued or delivered: formatting it here is not a hot path.
                ushort queueColor = queueDepth > 0 ? ScreenColors.QueueWaiting : ScreenColors.HeaderMuted;
                DrawQueueArrow(queueColor);
                _queueCount.Show(queueDepth > MaximumQueueShown ? "999+" : queueDepth.ToString(), queueColor);
                _shownQueue = queueDepth;
            }

            _selfTestLabel.Show(text.SelfTestLabel, ScreenColors.HeaderMuted);
            _verdictPill.Show(text.VerdictText(verdict), verdict == SelfTestVerdict.Warn ? ScreenColors.Text : ScreenColors.HeaderText, VerdictColor(verdict), true);
        }

        /// <summary>Repaints the whole bar at the next <see cref="Show"/> (language switch, panel reset).</summary>
        public void Invalidate()
        {
            _screen.Fill(0, 0, ScreenLayout.Width, ScreenLayout.HeaderHeight, ScreenColors.HeaderBackground);
            _networkWord.Forget();
            _queueCount.Forget();
            _selfTestLabel.Forget();
            _verdictPill.Forget();
            _shownNetwork = -1;
            _shownQueue = -1;
        }

        private static ushort VerdictColor(SelfTestVerdict verdict)
        {
            switch (verdict)
            {
                case SelfTestVerdict.Pass:
                    return ScreenColors.VerdictPass;
                case SelfTestVerdict.Warn:
                    return ScreenColors.VerdictWarn;
                case SelfTestVerdict.Fail:
                    return ScreenColors.VerdictFail;
                default:
                    return ScreenColors.VerdictNotRun;
            }
        }

        /// <summary>Four signal bars, 3 pixels wide, rising; only the first lit (in red) when the network is down.</summary>
        private void DrawBars(bool networkUp)
        {
            for (int bar = 0; bar < 4; bar++)
            {
                int height = 4 + (bar * 3);
                int x = BarsLeft + (bar * 4);
                ushort color = networkUp ? ScreenColors.NetworkUp : (bar == 0 ? ScreenColors.NetworkDown : ScreenColors.HeaderMuted);
                _screen.Fill(x, BarsBottom - 13, 3, 13 - height, ScreenColors.HeaderBackground);
                _screen.Fill(x, BarsBottom - height, 3, height, color);
            }
        }

        /// <summary>An upward arrow (results waiting to go up to the host), 12 x 14 pixels.</summary>
        private void DrawQueueArrow(ushort color)
        {
            for (int row = 0; row < 6; row++)
            {
                // The head: a triangle widening by one pixel each side per row.
                _screen.Fill(QueueIconLeft, QueueIconTop + row, 5 - row, 1, ScreenColors.HeaderBackground);
                _screen.Fill(QueueIconLeft + 5 - row, QueueIconTop + row, 2 + (row * 2), 1, color);
                _screen.Fill(QueueIconLeft + 7 + row, QueueIconTop + row, 5 - row, 1, ScreenColors.HeaderBackground);
            }

            _screen.Fill(QueueIconLeft + 4, QueueIconTop + 6, 4, 8, color);
        }
    }
}
