namespace Terminal.App.Payments
{
    /// <summary>
    /// The screen as the payment flow sees it when an answer arrives: it must draw from RAM and
    /// return without writing flash, because the flow commits the answer only after it was shown
    /// (the ESP32's flash stalls code while it programs or erases). The display driver behind it is
    /// issue #4's work.
    /// </summary>
    public interface IResultDisplay
    {
        /// <summary>Shows an outcome at once: approved, late confirmation, declined with reason and next step, or not charged.</summary>
        /// <param name="outcome">The outcome; never <c>null</c>.</param>
        void Show(PaymentOutcome outcome);
    }
}
