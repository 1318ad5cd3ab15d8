namespace Terminal.App.Screens
{
    /// <summary>The colour meaning of a technician page's title or paragraph (the screens' colours keep one meaning each).</summary>
    public enum PageTone
    {
        /// <summary>Plain text.</summary>
        Normal = 0,

        /// <summary>Information, work under way (blue).</summary>
        Information = 1,

        /// <summary>A fault or a refusal (red).</summary>
        Fault = 2,

        /// <summary>A warning, or something waiting (amber).</summary>
        Caution = 3,

        /// <summary>Done, passed (green).</summary>
        Done = 4,

        /// <summary>Secondary detail (grey).</summary>
        Muted = 5,
    }
}
