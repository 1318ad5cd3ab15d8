namespace Terminal.App.Screens
{
    /// <summary>No sale: the terminal's state in words under the status bar's icons, and how to start.</summary>
    internal sealed class IdleScreen : Screen
    {
        /// <summary>Gets or sets whether the network is up.</summary>
        public bool NetworkUp { get; set; }

        /// <summary>Gets or sets how many results wait in the outbound queue.</summary>
        public int QueueDepth { get; set; }

        /// <summary>Gets or sets the last self-test's verdict.</summary>
        public SelfTestVerdict Verdict { get; set; }

        /// <inheritdoc/>
        public override ScreenFamily Family
        {
            get { return ScreenFamily.Result; }
        }

        /// <inheritdoc/>
        public override void Compose(ScreenComposer screen)
        {
            ScreenText text = screen.Text;
            screen.Title(text.IdleTitle, ScreenColors.Progress);
            screen.Icon(IconKind.Terminal, ScreenColors.Progress);

            // Zero, dimmed: where the amount appears as soon as the cashier types.
            screen.TypedAmount(0, ScreenColors.Rule);
            screen.Line(0, text.IdleNetworkPrefix + (NetworkUp ? text.NetworkOnline : text.NetworkOffline), NetworkUp ? ScreenColors.Text : ScreenColors.Danger);
            screen.Line(1, text.IdleQueuePrefix + QueueDepth.ToString() + text.IdleQueueSuffix, QueueDepth > 0 ? ScreenColors.Caution : ScreenColors.Text);
            screen.Line(2, text.IdleSelfTestPrefix + text.VerdictText(Verdict), VerdictColor(Verdict));
            screen.Hint(text.IdleHint);
        }

        private static ushort VerdictColor(SelfTestVerdict verdict)
        {
            switch (verdict)
            {
                case SelfTestVerdict.Fail:
                    return ScreenColors.Danger;
                case SelfTestVerdict.Warn:
                    return ScreenColors.Caution;
                default:
                    return ScreenColors.Text;
            }
        }
    }
}
