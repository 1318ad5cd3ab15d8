using System;
using System.Diagnostics;
using Terminal.Core.QrCode;

namespace Terminal.Tools.Bench
{
    /// <summary>
    /// The QR encoder's cost: bytes allocated per encode (the device heap is 70-120 KB without PSRAM) for
    /// the payment URL a screen shows and for versions 10 and 40, host time per encode, and the packed
    /// export's allocation (must be 0: a screen may redraw from it every frame).
    /// </summary>
    internal static class QrBenchmark
    {
        /// <summary>The merchant QR code the screens show (47 bytes, version 4 at level M).</summary>
        public const string PaymentUrl = "https://pay.example.com/qr/T1-00042?amount=1234";

        private const int WarmUpRuns = 20;
        private const int TimedRuns = 200;

        /// <summary>Writes the <c>qr.*</c> figures.</summary>
        /// <param name="output">Where the figures go.</param>
        public static void Measure(BenchOutput output)
        {
            byte[] version10 = Payload(QrEncoder.Capacity(10, QrErrorCorrectionLevel.Medium, QrEncodingMode.Byte));
            byte[] version40 = Payload(QrEncoder.Capacity(40, QrErrorCorrectionLevel.Low, QrEncodingMode.Byte));

            QrMatrix payment = QrEncoder.Encode(PaymentUrl, QrErrorCorrectionLevel.Medium);
            output.Write("qr.payment_url_version", payment.Version);
            output.Write("qr.payment_url_alloc_bytes", AllocatedBy(() => QrEncoder.Encode(PaymentUrl, QrErrorCorrectionLevel.Medium)));
            output.Write("qr.v10m_alloc_bytes", AllocatedBy(() => QrEncoder.Encode(version10, 0, version10.Length, QrErrorCorrectionLevel.Medium)));
            output.Write("qr.v40l_alloc_bytes", AllocatedBy(() => QrEncoder.Encode(version40, 0, version40.Length, QrErrorCorrectionLevel.Low)));

            byte[] packed = new byte[payment.PackedLength(4)];
            output.Write("qr.packed_copy_alloc_bytes", AllocatedBy(() => payment.CopyPacked(packed, 0, 4)));

            output.Write("qr.payment_url_host_microseconds", MicrosecondsPerRun(() => QrEncoder.Encode(PaymentUrl, QrErrorCorrectionLevel.Medium)), 1);
            output.Write("qr.v10m_host_microseconds", MicrosecondsPerRun(() => QrEncoder.Encode(version10, 0, version10.Length, QrErrorCorrectionLevel.Medium)), 1);
            output.Write("qr.v40l_host_microseconds", MicrosecondsPerRun(() => QrEncoder.Encode(version40, 0, version40.Length, QrErrorCorrectionLevel.Low)), 1);
        }

        private static byte[] Payload(int length)
        {
            byte[] payload = new byte[length];
            new Random(18004).NextBytes(payload);
            return payload;
        }

        private static long AllocatedBy(Action action)
        {
            action();
            long before = GC.GetAllocatedBytesForCurrentThread();
            action();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        private static double MicrosecondsPerRun(Action action)
        {
            for (int run = 0; run < WarmUpRuns; run++)
            {
                action();
            }

            Stopwatch stopwatch = Stopwatch.StartNew();
            for (int run = 0; run < TimedRuns; run++)
            {
                action();
            }

            return stopwatch.Elapsed.TotalMilliseconds * 1000.0 / TimedRuns;
        }
    }
}
