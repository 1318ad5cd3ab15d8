using System;
using Terminal.App.Screens;
using Terminal.App.SelfTests;
using Terminal.Hal.CardReader;
using Terminal.Hal.Keypad;
using Terminal.Hal.Time;

namespace Terminal.App.Technician
{
    /// <summary>
    /// The technician at the terminal, for the self-tests that need a person, while a test runs from the
    /// technician menu: questions and instructions on the screen (in its language), answers from the keypad
    /// (OK yes, Cancel no). The waits scan the keypad themselves every <see cref="ScanPeriodMilliseconds"/>, since
    /// the desk's loop is blocked while a test runs; they are the menu's only blocking loops.
    /// </summary>
    public sealed class KeypadOperatorPrompt : IOperatorPrompt
    {
        /// <summary>How often a wait scans the keypad, in milliseconds: the desk's own scan period.</summary>
        public const int ScanPeriodMilliseconds = 5;

        private readonly ScreenPresenter _screens;
        private readonly IKeypad _keypad;
        private readonly IClock _clock;
        private readonly IPollingDelay _delay;

        /// <summary>Creates the prompt.</summary>
        /// <param name="screens">The screen the questions are drawn on.</param>
        /// <param name="keypad">The cashier's keypad the answers come from.</param>
        /// <param name="clock">The clock the timeouts are measured on (monotonic).</param>
        /// <param name="delay">The pause between two scans (<c>Thread.Sleep</c> on the device; the board's, e.g. its display wiring's).</param>
        /// <exception cref="ArgumentNullException">A parameter is <c>null</c>.</exception>
        public KeypadOperatorPrompt(ScreenPresenter screens, IKeypad keypad, IClock clock, IPollingDelay delay)
        {
            if (screens == null || keypad == null || clock == null || delay == null)
            {
                throw new ArgumentNullException(screens == null ? "screens" : keypad == null ? "keypad" : clock == null ? "clock" : "delay");
            }

            _screens = screens;
            _keypad = keypad;
            _clock = clock;
            _delay = delay;
        }

        /// <inheritdoc/>
        public OperatorAnswer Ask(string chinese, string english, int timeoutMilliseconds)
        {
            ScreenText text = ScreenText.For(_screens.Language);
            Show(chinese, english, text.OperatorAnswerHint);
            long deadline = _clock.MonotonicMilliseconds + timeoutMilliseconds;
            while (true)
            {
                long left = deadline - _clock.MonotonicMilliseconds;
                KeyCode key;
                if (left <= 0 || !TryReadKey(left > int.MaxValue ? int.MaxValue : (int)left, out key))
                {
                    return OperatorAnswer.NoAnswer;
                }

                if (key == KeyCode.Ok)
                {
                    return OperatorAnswer.Yes;
                }

                if (key == KeyCode.Cancel)
                {
                    return OperatorAnswer.No;
                }
            }
        }

        /// <inheritdoc/>
        public void Instruct(string chinese, string english)
        {
            Show(chinese, english, string.Empty);
        }

        /// <inheritdoc/>
        public bool TryReadKey(int timeoutMilliseconds, out KeyCode key)
        {
            long deadline = _clock.MonotonicMilliseconds + timeoutMilliseconds;
            while (true)
            {
                long now = _clock.MonotonicMilliseconds;
                _keypad.Scan(now);
                KeyEvent keyEvent;
                while (_keypad.TryReadKey(out keyEvent))
                {
                    if (keyEvent.Kind == KeyEventKind.Pressed)
                    {
                        key = keyEvent.Key;
                        return true;
                    }
                }

                if (now >= deadline)
                {
                    key = default(KeyCode);
                    return false;
                }

                _delay.Wait(ScanPeriodMilliseconds);
            }
        }

        private void Show(string chinese, string english, string hint)
        {
            ScreenText text = ScreenText.For(_screens.Language);
            string sentence = text == ScreenText.Chinese ? chinese : english;
            _screens.ShowTechnicianPage(text.OperatorTitle, PageTone.Information, new string[] { sentence }, null, null, hint);
        }
    }
}
