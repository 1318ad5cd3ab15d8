namespace Terminal.App.Console
{
    /// <summary>
    /// One setting the console may change: its name, its type (a whole number in a range, or one of a few
    /// words), its default, and what it means. The whitelist is <see cref="TerminalConfigurationStore.Keys"/>;
    /// no other setting can be reached from the console.
    /// </summary>
    public sealed class ConfigurationKey
    {
        private ConfigurationKey(string name, string description, string unit, long minimum, long maximum, string[] choices, string defaultValue)
        {
            Name = name;
            Description = description;
            Unit = unit;
            Minimum = minimum;
            Maximum = maximum;
            Choices = choices;
            DefaultValue = defaultValue;
        }

        /// <summary>Gets the key (<c>host.timeout_ms</c>).</summary>
        public string Name { get; }

        /// <summary>Gets what it means, one line.</summary>
        public string Description { get; }

        /// <summary>Gets the unit of a number (<c>ms</c>); empty for a choice.</summary>
        public string Unit { get; }

        /// <summary>Gets the smallest number allowed (numbers only).</summary>
        public long Minimum { get; }

        /// <summary>Gets the largest number allowed (numbers only).</summary>
        public long Maximum { get; }

        /// <summary>Gets the words allowed; <c>null</c> for a number. Do not modify.</summary>
        public string[] Choices { get; }

        /// <summary>Gets the value a terminal has until it is set.</summary>
        public string DefaultValue { get; }

        /// <summary>Gets whether the value is a whole number.</summary>
        public bool IsNumber
        {
            get { return Choices == null; }
        }

        /// <summary>Makes a whole-number key.</summary>
        /// <param name="name">The key.</param>
        /// <param name="description">What it means.</param>
        /// <param name="unit">Its unit.</param>
        /// <param name="minimum">Smallest allowed.</param>
        /// <param name="maximum">Largest allowed.</param>
        /// <param name="defaultValue">The default, within the range.</param>
        /// <returns>The key.</returns>
        public static ConfigurationKey Number(string name, string description, string unit, long minimum, long maximum, long defaultValue)
        {
            return new ConfigurationKey(name, description, unit, minimum, maximum, null, defaultValue.ToString());
        }

        /// <summary>Makes a choice key.</summary>
        /// <param name="name">The key.</param>
        /// <param name="description">What it means.</param>
        /// <param name="choices">The allowed words, lower case.</param>
        /// <param name="defaultValue">The default, one of them.</param>
        /// <returns>The key.</returns>
        public static ConfigurationKey Choice(string name, string description, string[] choices, string defaultValue)
        {
            return new ConfigurationKey(name, description, string.Empty, 0, 0, choices, defaultValue);
        }

        /// <summary>Checks a value and gives it in its stored form.</summary>
        /// <param name="text">The value as typed.</param>
        /// <param name="value">The stored form (a number without leading zeros or sign noise); empty when invalid.</param>
        /// <param name="error">Why it is invalid; empty when valid.</param>
        /// <returns><c>true</c> when valid.</returns>
        public bool TryValidate(string text, out string value, out string error)
        {
            value = string.Empty;
            error = string.Empty;
            if (text == null || text.Length == 0)
            {
                error = Name + " needs a value";
                return false;
            }

            if (!IsNumber)
            {
                string lower = CommandLineParser.LowerAscii(text);
                for (int i = 0; i < Choices.Length; i++)
                {
                    if (Choices[i] == lower)
                    {
                        value = lower;
                        return true;
                    }
                }

                error = Name + " must be one of " + ChoicesText();
                return false;
            }

            // Digits only, at most 12 of them: no signs, no spaces, no overflow.
            if (text.Length > 12)
            {
                error = Name + " must be a whole number " + RangeText();
                return false;
            }

            long number = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    error = Name + " must be a whole number " + RangeText();
                    return false;
                }

                number = (number * 10) + (text[i] - '0');
            }

            if (number < Minimum || number > Maximum)
            {
                error = Name + " must be " + RangeText();
                return false;
            }

            value = number.ToString();
            return true;
        }

        /// <summary>Describes the allowed values: <c>1000..120000 ms</c> or <c>zh|en</c>.</summary>
        /// <returns>The text.</returns>
        public string AllowedText()
        {
            return IsNumber ? RangeText() : ChoicesText();
        }

        private string RangeText()
        {
            return Minimum.ToString() + ".." + Maximum.ToString() + (Unit.Length == 0 ? string.Empty : " " + Unit);
        }

        private string ChoicesText()
        {
            string text = string.Empty;
            for (int i = 0; i < Choices.Length; i++)
            {
                text = i == 0 ? Choices[i] : text + "|" + Choices[i];
            }

            return text;
        }
    }
}
