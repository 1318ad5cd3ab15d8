using Terminal.Hal.Storage;

namespace Terminal.Tests.Hal
{
    /// <summary>Small helpers to write and read whole files through an <see cref="IFileStorage"/>.</summary>
    internal static class FlashTestFiles
    {
        /// <summary>Bytes 0, 1, 2, ... starting at <paramref name="first"/>, wrapping at 256.</summary>
        internal static byte[] Pattern(int count, int first = 0)
        {
            byte[] bytes = new byte[count];
            for (int index = 0; index < count; index++)
            {
                bytes[index] = (byte)(first + index);
            }

            return bytes;
        }

        /// <summary>Appends the bytes and closes: durable when this returns.</summary>
        internal static void AppendAndClose(IFileStorage storage, string name, byte[] bytes)
        {
            IStorageFile file = storage.OpenAppend(name);
            file.Append(bytes, 0, bytes.Length);
            file.Close();
        }

        internal static byte[] ReadAll(IFileStorage storage, string name)
        {
            IStorageFile file = storage.OpenRead(name);
            byte[] bytes = new byte[file.Length];
            int total = 0;
            int read;
            while ((read = file.Read(bytes, total, bytes.Length - total)) > 0)
            {
                total += read;
            }

            file.Close();
            return bytes;
        }

        internal static byte[] Concat(byte[] first, byte[] second)
        {
            byte[] both = new byte[first.Length + second.Length];
            first.CopyTo(both, 0);
            second.CopyTo(both, first.Length);
            return both;
        }

        /// <summary>Whether <paramref name="prefix"/> is the start of <paramref name="whole"/>.</summary>
        internal static bool IsPrefixOf(byte[] prefix, byte[] whole)
        {
            if (prefix.Length > whole.Length)
            {
                return false;
            }

            for (int index = 0; index < prefix.Length; index++)
            {
                if (prefix[index] != whole[index])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
