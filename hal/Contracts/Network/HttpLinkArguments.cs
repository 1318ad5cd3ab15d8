using System;

namespace Terminal.Hal.Network
{
    /// <summary>
    /// The argument checks every <see cref="IHttpLink"/> implementation makes, in one place, so that
    /// the device link, the host link and test doubles refuse the same misuse the same way.
    /// </summary>
    public static class HttpLinkArguments
    {
        /// <summary>Throws unless the arguments of <see cref="IHttpLink.Send"/> are valid.</summary>
        /// <param name="method">"GET" or "POST".</param>
        /// <param name="path">Starts with '/'; printable ASCII without spaces.</param>
        /// <param name="headerNames">Not null; same length as <paramref name="headerValues"/>; no null or empty name.</param>
        /// <param name="headerValues">Not null; printable ASCII values (null is not allowed).</param>
        /// <param name="body">The body or null.</param>
        /// <param name="bodyOffset">Start of the body in <paramref name="body"/>.</param>
        /// <param name="bodyCount">Length of the body; 0 when <paramref name="body"/> is null.</param>
        /// <param name="responseBuffer">Not null.</param>
        /// <param name="timeoutMilliseconds">1 or more.</param>
        /// <exception cref="ArgumentException">An argument is invalid; the message names it.</exception>
        public static void Check(
            string method,
            string path,
            string[] headerNames,
            string[] headerValues,
            byte[] body,
            int bodyOffset,
            int bodyCount,
            byte[] responseBuffer,
            int timeoutMilliseconds)
        {
            if (method != "GET" && method != "POST")
            {
                throw new ArgumentException("method must be GET or POST");
            }

            if (path == null || path.Length == 0 || path[0] != '/' || !IsToken(path, false))
            {
                throw new ArgumentException("path must start with '/' and be printable ASCII without spaces");
            }

            if (headerNames == null || headerValues == null || headerNames.Length != headerValues.Length)
            {
                throw new ArgumentException("header names and values must be two arrays of the same length");
            }

            for (int i = 0; i < headerNames.Length; i++)
            {
                if (headerNames[i] == null || headerNames[i].Length == 0 || !IsToken(headerNames[i], false))
                {
                    throw new ArgumentException("header name " + i.ToString() + " is empty or not printable ASCII");
                }

                if (headerValues[i] == null || !IsToken(headerValues[i], true))
                {
                    throw new ArgumentException("header " + headerNames[i] + " has a missing or non-printable value");
                }
            }

            if (body == null)
            {
                if (bodyOffset != 0 || bodyCount != 0)
                {
                    throw new ArgumentException("a missing body must have offset and count 0");
                }
            }
            else if (bodyOffset < 0 || bodyCount < 0 || bodyOffset > body.Length - bodyCount)
            {
                throw new ArgumentException("body range lies outside its buffer");
            }

            if (responseBuffer == null)
            {
                throw new ArgumentException("a response buffer is needed");
            }

            if (timeoutMilliseconds < 1)
            {
                throw new ArgumentException("timeout must be at least 1 ms");
            }
        }

        private static bool IsToken(string text, bool allowSpace)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c > '~' || c < ' ' || (c == ' ' && !allowSpace))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
