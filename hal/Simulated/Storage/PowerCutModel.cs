namespace Terminal.Hal.Simulated.Storage
{
    /// <summary>What a power cut leaves of the bytes appended since a file's last commit.</summary>
    public enum PowerCutModel
    {
        /// <summary>
        /// Pessimistic, the default: any prefix of a file's unsynced bytes survives, from none to all,
        /// and a file created but never committed may or may not exist. This is what the contract
        /// <see cref="Terminal.Hal.Storage.IFileStorage"/> promises, and no more, so firmware tested
        /// under it also holds on a file system weaker than LittleFS.
        /// </summary>
        TornPrefix,

        /// <summary>
        /// LittleFS's real behaviour: a file's data is committed with its metadata on close, so all
        /// unsynced bytes are lost; a created file survives empty, because LittleFS commits the
        /// directory entry when the file is opened with LFS_O_CREAT (lfs.c, lfs_file_opencfg).
        /// </summary>
        WholeCommitsOnly,
    }
}
