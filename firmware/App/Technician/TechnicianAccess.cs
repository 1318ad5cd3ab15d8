using System;
using System.Text;
using Terminal.Core.Maintenance;
using Terminal.Core.Security;
using Terminal.Hal.Storage;
using Terminal.Hal.Time;

namespace Terminal.App.Technician
{
    /// <summary>
    /// The technician sign-in gate shared by the menu and the debug console. The credential (a PIN of 8..32
    /// digits) is stored only as PBKDF2-HMAC-SHA-256 over a random 16-byte salt (<see cref="CredentialFileName"/>),
    /// compared in constant time. 10 consecutive failures lock sign-in for 30 minutes; the failure count and the
    /// lockout live in <see cref="LockFileName"/> and survive reboots. Every attempt is written to the event log
    /// (<see cref="EventKind.Access"/>: channel and answer, never the secret).
    /// </summary>
    /// <remarks>
    /// <para>
    /// A failure is counted on flash <em>before</em> the secret is even compared, and reset only after a match:
    /// cutting the power once the answer is known (or guessed from timing) never gives a free guess.
    /// </para>
    /// <para>
    /// The lockout runs on the monotonic clock within a boot and on the wall clock across boots: a lockout read
    /// at boot lasts what was left of it by the wall clock, or the whole 30 minutes when the wall clock is before
    /// the lockout's start (a clock that went back or was lost). Setting the wall clock forward while running
    /// does not shorten it.
    /// </para>
    /// <para>
    /// Iterations (<see cref="DefaultIterations"/> = 256): an iteration is two SHA-256 compressions; interpreted
    /// on nanoFramework an ESP32-S3 does roughly one compression in 2-4 ms (an estimate, to be measured on the
    /// board), so one check takes about 1-2 s, as long as a technician will wait at the keypad. What stops
    /// guessing is the lockout: 10 guesses per 30 minutes take centuries over the 10^8 PINs of 8 digits. The
    /// iterations only slow an attacker who has dumped the flash, and no count a terminal can afford saves an
    /// 8-digit PIN there: against that, enable ESP32 flash encryption and use a longer credential. The count is
    /// stored with the hash, so a later firmware can raise it when the credential is next set.
    /// </para>
    /// <para>Not thread-safe: the app's loop owns it.</para>
    /// </remarks>
    public sealed class TechnicianAccess : ITechnicianAccess
    {
        /// <summary>Consecutive failures that lock sign-in.</summary>
        public const int MaximumFailures = 10;

        /// <summary>How long a lockout lasts, in milliseconds (30 minutes).</summary>
        public const long LockoutMilliseconds = 30L * 60L * 1000L;

        /// <summary>The fewest digits a credential may have.</summary>
        public const int MinimumDigits = 8;

        /// <summary>The most digits a credential may have.</summary>
        public const int MaximumDigits = 32;

        /// <summary>PBKDF2 iterations for a new credential; see the remarks for why so few.</summary>
        public const int DefaultIterations = 256;

        /// <summary>The salt's length, in bytes.</summary>
        public const int SaltBytes = 16;

        /// <summary>The file holding the salt, iteration count and derived key.</summary>
        public const string CredentialFileName = "tech-cred.dat";

        /// <summary>The file holding the failure count and the lockout.</summary>
        public const string LockFileName = "tech-lock.dat";

        private const string LogSource = "access";
        private const uint CredentialMagic = 0x54435231; // "TCR1"
        private const uint LockMagic = 0x544C4B31; // "TLK1"
        private const int CredentialBytes = 4 + 4 + SaltBytes + Pbkdf2Sha256.KeyBytes;
        private const int LockBytes = 4 + 4 + 8 + 8;

        private readonly IFileStorage _storage;
        private readonly IClock _clock;
        private readonly EventLog _log;
        private readonly Random _random;
        private readonly int _iterations;
        private readonly Pbkdf2Sha256 _kdf = new Pbkdf2Sha256();
        private readonly byte[] _salt = new byte[SaltBytes];
        private readonly byte[] _storedKey = new byte[Pbkdf2Sha256.KeyBytes];
        private readonly byte[] _candidateKey = new byte[Pbkdf2Sha256.KeyBytes];
        private bool _configured;
        private int _storedIterations;
        private int _failures;
        private bool _locked;
        private long _lockedAtUtcMilliseconds;
        private long _lockedUntilUtcMilliseconds;
        private long _unlockAtMonotonicMilliseconds;

        /// <summary>Creates the gate with <see cref="DefaultIterations"/>; nothing is read until <see cref="Load"/>.</summary>
        /// <param name="storage">The drive; the gate owns <see cref="CredentialFileName"/> and <see cref="LockFileName"/> on it.</param>
        /// <param name="clock">Times the lockout.</param>
        /// <param name="eventLog">Where every attempt is written; <c>null</c> to write nothing (the log could not be opened).</param>
        /// <param name="random">The source of salts. On the device <c>new Random()</c> (seeded by the runtime); tests pass a seeded one.</param>
        public TechnicianAccess(IFileStorage storage, IClock clock, EventLog eventLog, Random random)
            : this(storage, clock, eventLog, random, DefaultIterations)
        {
        }

        /// <summary>Creates the gate; nothing is read until <see cref="Load"/>.</summary>
        /// <param name="storage">The drive.</param>
        /// <param name="clock">Times the lockout.</param>
        /// <param name="eventLog">Where every attempt is written; <c>null</c> to write nothing.</param>
        /// <param name="random">The source of salts.</param>
        /// <param name="iterations">PBKDF2 iterations for credentials set from now on, 1..10,000,000; a stored credential keeps its own.</param>
        /// <exception cref="ArgumentException">A null argument or an iteration count out of range.</exception>
        public TechnicianAccess(IFileStorage storage, IClock clock, EventLog eventLog, Random random, int iterations)
        {
            if (storage == null || clock == null || random == null)
            {
                throw new ArgumentNullException(storage == null ? "storage" : clock == null ? "clock" : "random");
            }

            if (iterations < Pbkdf2Sha256.MinimumIterations || iterations > Pbkdf2Sha256.MaximumIterations)
            {
                throw new ArgumentException("iterations out of range");
            }

            _storage = storage;
            _clock = clock;
            _log = eventLog;
            _random = random;
            _iterations = iterations;
        }

        /// <summary>Gets whether a credential is set (and its file is intact).</summary>
        public bool IsConfigured
        {
            get { return _configured; }
        }

        /// <inheritdoc/>
        public bool IsLockedOut
        {
            get { return _locked && _clock.MonotonicMilliseconds < _unlockAtMonotonicMilliseconds; }
        }

        /// <inheritdoc/>
        public long LockedUntilUtcMilliseconds
        {
            get { return IsLockedOut ? _clock.UtcNowMilliseconds + (_unlockAtMonotonicMilliseconds - _clock.MonotonicMilliseconds) : 0; }
        }

        /// <inheritdoc/>
        public int ConsecutiveFailures
        {
            get { return _locked && !IsLockedOut ? 0 : _failures; }
        }

        /// <summary>Gets whether the last <see cref="Load"/> found a damaged lock file (sign-in was locked for a full period, to fail closed).</summary>
        public bool LoadFoundDamage { get; private set; }

        /// <summary>
        /// Reads the credential and the lockout state, finishing any swap a power cut interrupted. A damaged
        /// credential file leaves the terminal not configured; a damaged lock file locks sign-in for a full period
        /// (fail closed). Both are written to the event log as faults.
        /// </summary>
        /// <exception cref="StorageException">The drive failed.</exception>
        public void Load()
        {
            LoadFoundDamage = false;
            _configured = false;
            byte[] content;
            SmallRecordRead credential = SmallRecordFile.Read(_storage, CredentialFileName, out content);
            if (credential == SmallRecordRead.Intact && content.Length == CredentialBytes && ReadUInt32(content, 0) == CredentialMagic)
            {
                int iterations = (int)ReadUInt32(content, 4);
                if (iterations >= Pbkdf2Sha256.MinimumIterations && iterations <= Pbkdf2Sha256.MaximumIterations)
                {
                    _storedIterations = iterations;
                    Array.Copy(content, 8, _salt, 0, SaltBytes);
                    Array.Copy(content, 8 + SaltBytes, _storedKey, 0, Pbkdf2Sha256.KeyBytes);
                    _configured = true;
                }
            }

            if (credential != SmallRecordRead.Missing && !_configured)
            {
                Log(EventKind.Fault, "technician credential file damaged: set the credential again");
            }

            _failures = 0;
            _locked = false;
            SmallRecordRead lockState = SmallRecordFile.Read(_storage, LockFileName, out content);
            if (lockState == SmallRecordRead.Intact && content.Length == LockBytes && ReadUInt32(content, 0) == LockMagic)
            {
                _failures = (int)ReadUInt32(content, 4);
                long lockedAt = ReadInt64(content, 8);
                long lockedUntil = ReadInt64(content, 16);
                if (_failures < 0 || _failures > MaximumFailures)
                {
                    _failures = MaximumFailures;
                }

                if (lockedUntil != 0)
                {
                    long now = _clock.UtcNowMilliseconds;
                    long remaining = now < lockedAt ? LockoutMilliseconds : lockedUntil - now;
                    if (remaining > LockoutMilliseconds)
                    {
                        remaining = LockoutMilliseconds;
                    }

                    if (remaining > 0)
                    {
                        StartLockout(remaining);
                    }
                    else
                    {
                        _failures = 0;
                    }
                }
            }
            else if (lockState != SmallRecordRead.Missing)
            {
                LoadFoundDamage = true;
                _failures = MaximumFailures;
                StartLockout(LockoutMilliseconds);
                PersistLockSafely();
                Log(EventKind.Fault, "sign-in state file damaged: sign-in locked 30 min");
            }
        }

        /// <summary>
        /// Sets the technician credential (at provisioning, or by a signed-in technician): a new random salt, the
        /// derived key, written durably. The failure count and any lockout stay as they are.
        /// </summary>
        /// <param name="channel">Who set it, for the log (<c>menu</c>, <c>provisioning</c>).</param>
        /// <param name="secret">The new PIN: <see cref="MinimumDigits"/>..<see cref="MaximumDigits"/> digits 0-9, nothing else.</param>
        /// <returns><c>true</c> when set; <c>false</c> when the secret is not such a PIN (nothing changed).</returns>
        /// <exception cref="StorageException">The drive failed; the previous credential stays.</exception>
        public bool SetCredential(string channel, string secret)
        {
            if (!IsValidCredential(secret))
            {
                return false;
            }

            byte[] salt = new byte[SaltBytes];
            _random.NextBytes(salt);
            byte[] key = new byte[Pbkdf2Sha256.KeyBytes];
            byte[] password = Encoding.UTF8.GetBytes(secret);
            _kdf.DeriveKey(password, salt, _iterations, key, 0);
            Array.Clear(password, 0, password.Length);

            byte[] content = new byte[CredentialBytes];
            WriteUInt32(content, 0, CredentialMagic);
            WriteUInt32(content, 4, (uint)_iterations);
            Array.Copy(salt, 0, content, 8, SaltBytes);
            Array.Copy(key, 0, content, 8 + SaltBytes, Pbkdf2Sha256.KeyBytes);
            SmallRecordFile.Write(_storage, CredentialFileName, content, content.Length);

            Array.Copy(salt, _salt, SaltBytes);
            Array.Copy(key, _storedKey, Pbkdf2Sha256.KeyBytes);
            _storedIterations = _iterations;
            _configured = true;
            Log(EventKind.Maintenance, "technician credential set via " + ChannelText(channel));
            return true;
        }

        /// <summary>Tells whether a text is acceptable as a credential: 8..32 digits 0-9.</summary>
        /// <param name="secret">The text; <c>null</c> is not.</param>
        /// <returns><c>true</c> when acceptable.</returns>
        public static bool IsValidCredential(string secret)
        {
            if (secret == null || secret.Length < MinimumDigits || secret.Length > MaximumDigits)
            {
                return false;
            }

            for (int i = 0; i < secret.Length; i++)
            {
                if (secret[i] < '0' || secret[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc/>
        public AccessResult TrySignIn(string channel, string secret)
        {
            string who = ChannelText(channel);
            if (!_configured)
            {
                Log(EventKind.Access, who + " refused: no credential set");
                return AccessResult.NotConfigured;
            }

            EndLockoutIfOver();
            if (_locked)
            {
                Log(EventKind.Access, who + " locked out: not compared, " + RemainingMinutes().ToString() + " min left");
                return AccessResult.LockedOut;
            }

            // Counted before the comparison: a power cut after this point costs the attempt.
            _failures++;
            bool persisted = PersistLockSafely();

            byte[] password = Encoding.UTF8.GetBytes(secret == null ? string.Empty : secret);
            _kdf.DeriveKey(password, _salt, _storedIterations, _candidateKey, 0);
            Array.Clear(password, 0, password.Length);
            bool match = ConstantTime.AreEqual(_candidateKey, _storedKey);
            Array.Clear(_candidateKey, 0, _candidateKey.Length);

            if (match)
            {
                _failures = 0;
                PersistLockSafely();
                Log(EventKind.Access, who + " granted");
                return AccessResult.Granted;
            }

            string note = persisted ? string.Empty : " (count not saved: storage)";
            if (_failures >= MaximumFailures)
            {
                StartLockout(LockoutMilliseconds);
                PersistLockSafely();
                Log(EventKind.Access, who + " refused " + _failures.ToString() + "/" + MaximumFailures.ToString() + ": locked 30 min" + note);
                return AccessResult.LockedOut;
            }

            Log(EventKind.Access, who + " refused " + _failures.ToString() + "/" + MaximumFailures.ToString() + note);
            return AccessResult.Refused;
        }

        private void StartLockout(long remainingMilliseconds)
        {
            _locked = true;
            _unlockAtMonotonicMilliseconds = _clock.MonotonicMilliseconds + remainingMilliseconds;
            _lockedAtUtcMilliseconds = _clock.UtcNowMilliseconds;
            _lockedUntilUtcMilliseconds = _lockedAtUtcMilliseconds + remainingMilliseconds;
        }

        private void EndLockoutIfOver()
        {
            if (_locked && _clock.MonotonicMilliseconds >= _unlockAtMonotonicMilliseconds)
            {
                _locked = false;
                _failures = 0;
                PersistLockSafely();
                Log(EventKind.Access, "lockout ended");
            }
        }

        private long RemainingMinutes()
        {
            long remaining = _unlockAtMonotonicMilliseconds - _clock.MonotonicMilliseconds;
            return (remaining + 59999) / 60000;
        }

        // Writes the count and lockout; false when the drive failed (the count then lives only in memory).
        private bool PersistLockSafely()
        {
            byte[] content = new byte[LockBytes];
            WriteUInt32(content, 0, LockMagic);
            WriteUInt32(content, 4, (uint)_failures);
            WriteInt64(content, 8, _locked ? _lockedAtUtcMilliseconds : 0);
            WriteInt64(content, 16, _locked ? _lockedUntilUtcMilliseconds : 0);
            try
            {
                SmallRecordFile.Write(_storage, LockFileName, content, content.Length);
                return true;
            }
            catch (StorageException)
            {
                return false;
            }
        }

        private void Log(EventKind kind, string text)
        {
            if (_log == null)
            {
                return;
            }

            try
            {
                _log.Append(kind, LogSource, text);
            }
            catch (StorageException)
            {
                // The attempt's answer does not depend on the log; SW-LOG's self-test finds a failing log.
            }
        }

        private static string ChannelText(string channel)
        {
            return channel == null || channel.Length == 0 ? "unknown" : channel;
        }

        private static uint ReadUInt32(byte[] buffer, int offset)
        {
            return (uint)(buffer[offset] | (buffer[offset + 1] << 8) | (buffer[offset + 2] << 16) | (buffer[offset + 3] << 24));
        }

        private static long ReadInt64(byte[] buffer, int offset)
        {
            return (long)ReadUInt32(buffer, offset) | ((long)ReadUInt32(buffer, offset + 4) << 32);
        }

        private static void WriteUInt32(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)value;
            buffer[offset + 1] = (byte)(value >> 8);
            buffer[offset + 2] = (byte)(value >> 16);
            buffer[offset + 3] = (byte)(value >> 24);
        }

        private static void WriteInt64(byte[] buffer, int offset, long value)
        {
            WriteUInt32(buffer, offset, (uint)value);
            WriteUInt32(buffer, offset + 4, (uint)(value >> 32));
        }
    }
}
