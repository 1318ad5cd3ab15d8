namespace Terminal.App.Technician
{
    /// <summary>The answer to a technician's sign-in, on the menu or the console.</summary>
    public enum AccessResult
    {
        /// <summary>The credential matched.</summary>
        Granted = 1,

        /// <summary>The credential did not match; the failure is counted.</summary>
        Refused = 2,

        /// <summary>Too many failures: no credential is even compared until the lockout ends.</summary>
        LockedOut = 3,

        /// <summary>No technician credential is set on this terminal: nobody can sign in.</summary>
        NotConfigured = 4,
    }
}
