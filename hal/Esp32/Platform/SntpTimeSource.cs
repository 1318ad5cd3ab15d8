using System;
using System.Net;
using System.Net.Sockets;
using nanoFramework.Networking;
using Terminal.Hal.Platform;

namespace Terminal.Hal.Esp32.Platform
{
    /// <summary>
    /// Asks an SNTP server for the time WITHOUT setting the clock, so SW-CLOCK can measure the skew.
    /// </summary>
    /// <remarks>
    /// <para>
    /// nanoFramework.Networking.Sntp's <c>Sntp</c> (Start, Stop, UpdateNow, Server1, Server2) only sets the system
    /// clock; it never returns the server's time (nanoframework/nanoFramework.Networking.Sntp, Sntp.cs), so it can
    /// correct the clock but not measure it. This class therefore sends one SNTP v3 client request itself (RFC 4330,
    /// section 4: 48 bytes, first byte LI=0 VN=3 Mode=3) to the server the clock synchronises from
    /// (<c>Sntp.Server1</c>), over a UDP socket of nanoFramework.System.Net (<c>System.Net.Sockets.Socket</c> with
    /// <c>SendTo</c>, <c>ReceiveFrom</c>, <c>ReceiveTimeout</c>; <c>System.Net.Dns.GetHostEntry</c>), and reads the
    /// transmit timestamp (bytes 40..47: seconds and fraction since 1900-01-01).
    /// </para>
    /// <para>Blocks up to the timeout; called by the self-test only, never on a payment path. One caller at a time.</para>
    /// </remarks>
    public sealed class SntpTimeSource : ITimeSource
    {
        private const int NtpPort = 123;
        private const int PacketBytes = 48;
        private const int TransmitTimestampOffset = 40;

        // Seconds from 1900-01-01 (NTP era 0) to 1970-01-01 (RFC 4330, section 3).
        private const long SecondsFrom1900To1970 = 2208988800L;

        private readonly byte[] _packet = new byte[PacketBytes];

        /// <inheritdoc/>
        public bool TryQueryUtcMilliseconds(int timeoutMilliseconds, out long utcMilliseconds)
        {
            utcMilliseconds = 0;
            if (timeoutMilliseconds < 1)
            {
                throw new ArgumentException("timeout must be at least 1 ms");
            }

            string server = Sntp.Server1;
            if (server == null || server.Length == 0)
            {
                return false;
            }

            try
            {
                IPAddress address = Dns.GetHostEntry(server).AddressList[0];
                EndPoint endPoint = new IPEndPoint(address, NtpPort);
                using (Socket socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp))
                {
                    socket.ReceiveTimeout = timeoutMilliseconds;
                    Array.Clear(_packet, 0, PacketBytes);
                    _packet[0] = 0x1B; // LI 0, version 3, mode 3 (client)
                    socket.SendTo(_packet, endPoint);
                    int received = socket.ReceiveFrom(_packet, ref endPoint);
                    return TryDecode(_packet, received, out utcMilliseconds);
                }
            }
            catch (SocketException)
            {
                // No route, no answer within the timeout, DNS failure: the source is unreachable (a measurement, not a fault).
                return false;
            }
            catch (IndexOutOfRangeException)
            {
                // DNS answered with no address.
                return false;
            }
        }

        // Mode 4 (server) and a non-zero stratum (0 is a kiss-o'-death, RFC 4330 section 8); the transmit timestamp non-zero.
        private static bool TryDecode(byte[] packet, int length, out long utcMilliseconds)
        {
            utcMilliseconds = 0;
            if (length < PacketBytes || (packet[0] & 0x07) != 4 || packet[1] == 0)
            {
                return false;
            }

            long seconds = ReadUInt32BigEndian(packet, TransmitTimestampOffset);
            long fraction = ReadUInt32BigEndian(packet, TransmitTimestampOffset + 4);
            if (seconds == 0)
            {
                return false;
            }

            utcMilliseconds = ((seconds - SecondsFrom1900To1970) * 1000) + ((fraction * 1000) >> 32);
            return true;
        }

        private static long ReadUInt32BigEndian(byte[] buffer, int offset)
        {
            return ((long)buffer[offset] << 24) | ((long)buffer[offset + 1] << 16) | ((long)buffer[offset + 2] << 8) | buffer[offset + 3];
        }
    }
}
