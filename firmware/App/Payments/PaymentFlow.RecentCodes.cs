namespace Terminal.App.Payments
{
    /// <summary>The host's last response codes, kept in RAM for the SW-LIMITS self-test.</summary>
    public sealed partial class PaymentFlow
    {
        /// <summary>How many of the newest response codes are kept.</summary>
        public const int RecentResponseCodeCapacity = 8;

        // A fixed ring: only the codes ("58", "00"), never a card number, amount or key. Not persisted: after a
        // reboot SW-LIMITS judges by what the host says from then on.
        private readonly string[] _recentResponseCodes = new string[RecentResponseCodeCapacity];
        private int _recentResponseCodeCount;
        private int _recentResponseCodeNext;

        /// <summary>Gets how many response codes are kept, 0..<see cref="RecentResponseCodeCapacity"/>.</summary>
        public int RecentResponseCodeCount
        {
            get { return _recentResponseCodeCount; }
        }

        /// <summary>Gets a kept response code of a payment the host answered (approved or declined), oldest first.</summary>
        /// <param name="index">0 (oldest kept) .. <see cref="RecentResponseCodeCount"/> - 1 (newest).</param>
        /// <returns>The code as the host sent it; empty when the host sent none.</returns>
        /// <exception cref="System.ArgumentOutOfRangeException">The index is out of range.</exception>
        public string GetRecentResponseCode(int index)
        {
            if (index < 0 || index >= _recentResponseCodeCount)
            {
                throw new System.ArgumentOutOfRangeException("index");
            }

            int oldest = _recentResponseCodeNext - _recentResponseCodeCount;
            if (oldest < 0)
            {
                oldest += RecentResponseCodeCapacity;
            }

            return _recentResponseCodes[(oldest + index) % RecentResponseCodeCapacity];
        }

        private void RememberResponseCode(string responseCode)
        {
            _recentResponseCodes[_recentResponseCodeNext] = responseCode == null ? string.Empty : responseCode;
            _recentResponseCodeNext = (_recentResponseCodeNext + 1) % RecentResponseCodeCapacity;
            if (_recentResponseCodeCount < RecentResponseCodeCapacity)
            {
                _recentResponseCodeCount++;
            }
        }
    }
}
