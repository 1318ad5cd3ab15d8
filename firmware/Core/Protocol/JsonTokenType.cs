namespace Terminal.Core.Protocol
{
    /// <summary>The kinds of token <see cref="JsonReader"/> produces.</summary>
    public enum JsonTokenType
    {
        /// <summary>Nothing read yet.</summary>
        None = 0,

        /// <summary>'{'.</summary>
        StartObject = 1,

        /// <summary>'}'.</summary>
        EndObject = 2,

        /// <summary>'['.</summary>
        StartArray = 3,

        /// <summary>']'.</summary>
        EndArray = 4,

        /// <summary>A member name and its ':'.</summary>
        PropertyName = 5,

        /// <summary>A string value.</summary>
        String = 6,

        /// <summary>An integer value (the protocol has no other numbers).</summary>
        Number = 7,

        /// <summary>The literal true.</summary>
        True = 8,

        /// <summary>The literal false.</summary>
        False = 9,

        /// <summary>The literal null.</summary>
        Null = 10,

        /// <summary>The root value is complete and only whitespace followed it.</summary>
        EndOfDocument = 11,
    }
}
