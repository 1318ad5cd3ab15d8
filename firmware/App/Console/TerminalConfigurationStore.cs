using System;
using System.Collections;
using System.Text;
using Terminal.App.Technician;
using Terminal.Core.Maintenance;
using Terminal.Core.Protocol;
using Terminal.Hal.Storage;

namespace Terminal.App.Console
{
    /// <summary>
    /// The settings a technician may change from the console, kept in one small file on flash
    /// (<see cref="FileName"/>, <c>key=value</c> lines under a CRC-32, replaced whole). Only the keys of
    /// <see cref="Keys"/> exist; every value is validated against its type and range before anything is written;
    /// every change is written to the event log as <c>key old -&gt; new</c>. The app loads it at boot and applies it
    /// to its <see cref="TerminalSettings"/> (<see cref="ApplyTo"/>).
    /// </summary>
    /// <remarks>Not thread-safe: the app's loop owns it.</remarks>
    public sealed class TerminalConfigurationStore
    {
        /// <summary>The file on flash.</summary>
        public const string FileName = "console.cfg";

        /// <summary>The cashier screen's language: <c>zh</c> or <c>en</c>.</summary>
        public const string Language = "language";

        /// <summary>How long to wait for the host's answer.</summary>
        public const string HostTimeout = "host.timeout_ms";

        /// <summary>How often queued results are offered to the display, printer and host.</summary>
        public const string DeliveryInterval = "delivery.interval_ms";

        /// <summary>The largest sale the terminal takes, in minor units.</summary>
        public const string MaximumAmount = "payments.max_amount";

        /// <summary>How long before the first status inquiry of an unknown payment.</summary>
        public const string FirstInquiryDelay = "payments.first_inquiry_ms";

        /// <summary>How long a console session may stay idle.</summary>
        public const string ConsoleIdleTimeout = "console.idle_timeout_s";

        /// <summary>The whitelist, in the order <c>config get</c> lists it.</summary>
        public static readonly ConfigurationKey[] Keys = new ConfigurationKey[]
        {
            ConfigurationKey.Choice(Language, "cashier screen language", new string[] { "zh", "en" }, "zh"),
            ConfigurationKey.Number(HostTimeout, "wait for the host's answer", "ms", 5000, 120000, 30000),
            ConfigurationKey.Number(DeliveryInterval, "offer queued results every", "ms", 500, 60000, 2000),
            ConfigurationKey.Number(MaximumAmount, "largest sale, minor units", "minor", 1, 100000000, 5000000),
            ConfigurationKey.Number(FirstInquiryDelay, "first status inquiry of an unknown payment after", "ms", 500, 60000, 2000),
            ConfigurationKey.Number(ConsoleIdleTimeout, "close an idle console session after", "s", 30, 3600, 300),
        };

        private const int MaximumFileBytes = 1024;

        private readonly IFileStorage _storage;
        private readonly EventLog _log;
        private readonly Hashtable _values = new Hashtable();

        /// <summary>Creates the store; nothing is read until <see cref="Load"/>, and until then every key has its default.</summary>
        /// <param name="storage">The drive.</param>
        /// <param name="eventLog">Where changes are written; <c>null</c> to write none.</param>
        public TerminalConfigurationStore(IFileStorage storage, EventLog eventLog)
        {
            if (storage == null)
            {
                throw new ArgumentNullException("storage");
            }

            _storage = storage;
            _log = eventLog;
        }

        /// <summary>Gets whether the last <see cref="Load"/> found a damaged file or invalid lines (and used defaults for them).</summary>
        public bool LoadFoundDamage { get; private set; }

        /// <summary>Finds a key of the whitelist.</summary>
        /// <param name="name">The key, exact, lower case.</param>
        /// <returns>The key; <c>null</c> when not on the whitelist.</returns>
        public static ConfigurationKey Find(string name)
        {
            for (int i = 0; i < Keys.Length; i++)
            {
                if (Keys[i].Name == name)
                {
                    return Keys[i];
                }
            }

            return null;
        }

        /// <summary>Reads the file. A damaged file, an unknown key or an invalid value leaves that key at its default.</summary>
        /// <exception cref="StorageException">The drive failed.</exception>
        public void Load()
        {
            _values.Clear();
            LoadFoundDamage = false;
            byte[] content;
            SmallRecordRead read = SmallRecordFile.Read(_storage, FileName, out content);
            if (read == SmallRecordRead.Damaged)
            {
                LoadFoundDamage = true;
                return;
            }

            if (read == SmallRecordRead.Missing)
            {
                return;
            }

            string text = new string(Encoding.UTF8.GetChars(content, 0, content.Length));
            int start = 0;
            while (start < text.Length)
            {
                int end = text.IndexOf('\n', start);
                if (end < 0)
                {
                    end = text.Length;
                }

                string line = text.Substring(start, end - start);
                start = end + 1;
                int equals = line.IndexOf('=');
                ConfigurationKey key = equals > 0 ? Find(line.Substring(0, equals)) : null;
                string value;
                string error;
                if (key == null || !key.TryValidate(line.Substring(equals + 1), out value, out error))
                {
                    LoadFoundDamage = true;
                    continue;
                }

                _values[key.Name] = value;
            }
        }

        /// <summary>Gets a key's value (its default until set).</summary>
        /// <param name="name">A key of the whitelist.</param>
        /// <returns>The value; empty for a key not on the whitelist.</returns>
        public string Get(string name)
        {
            ConfigurationKey key = Find(name);
            if (key == null)
            {
                return string.Empty;
            }

            object value = _values[name];
            return value == null ? key.DefaultValue : (string)value;
        }

        /// <summary>Gets a number key's value.</summary>
        /// <param name="name">A number key of the whitelist.</param>
        /// <returns>The value; 0 for a key that is not a number key.</returns>
        public long GetNumber(string name)
        {
            ConfigurationKey key = Find(name);
            if (key == null || !key.IsNumber)
            {
                return 0;
            }

            string text = Get(name);
            long number = 0;
            for (int i = 0; i < text.Length; i++)
            {
                number = (number * 10) + (text[i] - '0');
            }

            return number;
        }

        /// <summary>
        /// Validates and sets a value, writes the file, then logs <c>key old -&gt; new</c> (kind Maintenance). An
        /// invalid key or value changes nothing. Setting the value it already has writes nothing.
        /// </summary>
        /// <param name="name">A key of the whitelist.</param>
        /// <param name="text">The value as typed.</param>
        /// <param name="who">Who changed it, for the log (<c>console 10.0.0.7</c>).</param>
        /// <param name="error">Why nothing changed; empty on success.</param>
        /// <returns><c>true</c> when the value is now set.</returns>
        /// <exception cref="StorageException">The drive failed; the old value stays, in memory and on flash.</exception>
        public bool TrySet(string name, string text, string who, out string error)
        {
            ConfigurationKey key = Find(name);
            if (key == null)
            {
                error = "'" + Printable(name) + "' is not a setting; config get lists them";
                return false;
            }

            string value;
            if (!key.TryValidate(text, out value, out error))
            {
                return false;
            }

            string old = Get(name);
            if (old == value)
            {
                return true;
            }

            object previous = _values[name];
            _values[name] = value;
            try
            {
                Save();
            }
            catch (StorageException)
            {
                if (previous == null)
                {
                    _values.Remove(name);
                }
                else
                {
                    _values[name] = previous;
                }

                throw;
            }

            if (_log != null)
            {
                try
                {
                    _log.Append(EventKind.Maintenance, "config", name + " " + old + " -> " + value + " by " + who);
                }
                catch (StorageException)
                {
                    // The change is made; SW-LOG's self-test reports a failing log.
                }
            }

            return true;
        }

        /// <summary>
        /// Copies the values a technician set (those in the file) into the app's settings, at boot and after a change
        /// for the settings read live. A key never set leaves its setting as the app was built with it: the whitelist's
        /// default is what <c>config get</c> shows for it, not an order to overwrite the builder's choice (a simulator
        /// or a test that waits 300 ms for the host must not be put back to 30 s by an empty file).
        /// </summary>
        /// <param name="settings">The settings to change.</param>
        public void ApplyTo(TerminalSettings settings)
        {
            if (settings == null)
            {
                throw new ArgumentNullException("settings");
            }

            if (IsSet(Language))
            {
                settings.Language = Get(Language) == "en" ? CashierLanguage.English : CashierLanguage.SimplifiedChinese;
            }

            if (IsSet(HostTimeout))
            {
                settings.HostTimeoutMilliseconds = (int)GetNumber(HostTimeout);
            }

            if (IsSet(DeliveryInterval))
            {
                settings.DeliveryIntervalMilliseconds = (int)GetNumber(DeliveryInterval);
            }

            if (settings.Payments != null)
            {
                if (IsSet(MaximumAmount))
                {
                    settings.Payments.MaximumAmountMinorUnits = GetNumber(MaximumAmount);
                }

                if (IsSet(FirstInquiryDelay))
                {
                    settings.Payments.FirstInquiryDelayMilliseconds = GetNumber(FirstInquiryDelay);
                }
            }
        }

        /// <summary>Gets whether a key was set (is in the file), as opposed to standing at its default.</summary>
        /// <param name="name">A key of the whitelist.</param>
        /// <returns><c>true</c> when a value was set or loaded for it.</returns>
        public bool IsSet(string name)
        {
            return name != null && _values[name] != null;
        }

        /// <summary>Gives every value as <c>key=value</c> lines in whitelist order: a snapshot to compare.</summary>
        /// <returns>The text.</returns>
        public string Snapshot()
        {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < Keys.Length; i++)
            {
                text.Append(Keys[i].Name);
                text.Append('=');
                text.Append(Get(Keys[i].Name));
                text.Append('\n');
            }

            return text.ToString();
        }

        private void Save()
        {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < Keys.Length; i++)
            {
                object value = _values[Keys[i].Name];
                if (value != null)
                {
                    text.Append(Keys[i].Name);
                    text.Append('=');
                    text.Append((string)value);
                    text.Append('\n');
                }
            }

            byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
            if (bytes.Length > MaximumFileBytes)
            {
                throw new InvalidOperationException("configuration file too large");
            }

            SmallRecordFile.Write(_storage, FileName, bytes, bytes.Length);
        }

        private static string Printable(string text)
        {
            if (text == null)
            {
                return string.Empty;
            }

            string cut = text.Length > 32 ? text.Substring(0, 32) : text;
            return ConsoleText.IsPrintableAscii(cut) ? cut : "?";
        }
    }
}
