using System;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Terminal.Tests
{
    /// <summary>
    /// Runs a CsCheck generator from one seed for every case, so a property test draws the same cases on every
    /// run and on every machine. CsCheck's own <c>Sample(..., seed:)</c> seeds only its first iteration (its
    /// documentation: "the initial seed to use for the first iteration") and draws the rest from fresh random
    /// seeds on several threads: a failure seen once could vanish on the rerun, and a green CI run proved a
    /// different set of cases each time.
    /// </summary>
    internal static class SeededSampling
    {
        /// <summary>Calls <paramref name="assert"/> on <paramref name="iter"/> values drawn in order from <paramref name="seed"/>.</summary>
        /// <typeparam name="T">The generated type.</typeparam>
        /// <param name="gen">The generator.</param>
        /// <param name="assert">Throws when the property does not hold.</param>
        /// <param name="iter">How many cases.</param>
        /// <param name="seed">A CsCheck seed string (<c>PCG.Parse</c>).</param>
        public static void SampleSeeded<T>(this Gen<T> gen, Action<T> assert, int iter, string seed)
        {
            PCG pcg = PCG.Parse(seed);
            for (int index = 0; index < iter; index++)
            {
                T value = gen.Generate(pcg, null!, out _);
                try
                {
                    assert(value);
                }
                catch (Exception exception)
                {
                    throw new AssertFailedException($"case {index} of seed {seed} failed for {Check.Print(value)}: {exception.Message}", exception);
                }
            }
        }

        /// <summary><see cref="SampleSeeded{T}(Gen{T}, Action{T}, int, string)"/> for a property written as a predicate: <c>false</c> fails the case.</summary>
        public static void SampleSeeded<T>(this Gen<T> gen, Func<T, bool> predicate, int iter, string seed) =>
            gen.SampleSeeded(value => Assert.IsTrue(predicate(value), "the property does not hold"), iter, seed);

        /// <summary><see cref="SampleSeeded{T}(Gen{T}, Func{T, bool}, int, string)"/> for a generator of pairs.</summary>
        public static void SampleSeeded<T1, T2>(this Gen<(T1, T2)> gen, Func<T1, T2, bool> predicate, int iter, string seed) =>
            gen.SampleSeeded(value => predicate(value.Item1, value.Item2), iter, seed);

        /// <summary><see cref="SampleSeeded{T}(Gen{T}, Func{T, bool}, int, string)"/> for a generator of triples.</summary>
        public static void SampleSeeded<T1, T2, T3>(this Gen<(T1, T2, T3)> gen, Func<T1, T2, T3, bool> predicate, int iter, string seed) =>
            gen.SampleSeeded(value => predicate(value.Item1, value.Item2, value.Item3), iter, seed);

        /// <summary><see cref="SampleSeeded{T}(Gen{T}, Func{T, bool}, int, string)"/> for a generator of quadruples.</summary>
        public static void SampleSeeded<T1, T2, T3, T4>(this Gen<(T1, T2, T3, T4)> gen, Func<T1, T2, T3, T4, bool> predicate, int iter, string seed) =>
            gen.SampleSeeded(value => predicate(value.Item1, value.Item2, value.Item3, value.Item4), iter, seed);

        /// <summary><see cref="SampleSeeded{T}(Gen{T}, Action{T}, int, string)"/> for a generator of pairs.</summary>
        public static void SampleSeeded<T1, T2>(this Gen<(T1, T2)> gen, Action<T1, T2> assert, int iter, string seed) =>
            gen.SampleSeeded(value => assert(value.Item1, value.Item2), iter, seed);

        /// <summary><see cref="SampleSeeded{T}(Gen{T}, Action{T}, int, string)"/> for a generator of triples.</summary>
        public static void SampleSeeded<T1, T2, T3>(this Gen<(T1, T2, T3)> gen, Action<T1, T2, T3> assert, int iter, string seed) =>
            gen.SampleSeeded(value => assert(value.Item1, value.Item2, value.Item3), iter, seed);

        /// <summary><see cref="SampleSeeded{T}(Gen{T}, Action{T}, int, string)"/> for a generator of quadruples.</summary>
        public static void SampleSeeded<T1, T2, T3, T4>(this Gen<(T1, T2, T3, T4)> gen, Action<T1, T2, T3, T4> assert, int iter, string seed) =>
            gen.SampleSeeded(value => assert(value.Item1, value.Item2, value.Item3, value.Item4), iter, seed);

        /// <summary><see cref="SampleSeeded{T}(Gen{T}, Action{T}, int, string)"/> for a generator of quintuples.</summary>
        public static void SampleSeeded<T1, T2, T3, T4, T5>(this Gen<(T1, T2, T3, T4, T5)> gen, Action<T1, T2, T3, T4, T5> assert, int iter, string seed) =>
            gen.SampleSeeded(value => assert(value.Item1, value.Item2, value.Item3, value.Item4, value.Item5), iter, seed);

        /// <summary><see cref="SampleSeeded{T}(Gen{T}, Action{T}, int, string)"/> for a generator of 6-tuples.</summary>
        public static void SampleSeeded<T1, T2, T3, T4, T5, T6>(this Gen<(T1, T2, T3, T4, T5, T6)> gen, Action<T1, T2, T3, T4, T5, T6> assert, int iter, string seed) =>
            gen.SampleSeeded(value => assert(value.Item1, value.Item2, value.Item3, value.Item4, value.Item5, value.Item6), iter, seed);

        /// <summary><see cref="SampleSeeded{T}(Gen{T}, Action{T}, int, string)"/> for a generator of 7-tuples.</summary>
        public static void SampleSeeded<T1, T2, T3, T4, T5, T6, T7>(this Gen<(T1, T2, T3, T4, T5, T6, T7)> gen, Action<T1, T2, T3, T4, T5, T6, T7> assert, int iter, string seed) =>
            gen.SampleSeeded(value => assert(value.Item1, value.Item2, value.Item3, value.Item4, value.Item5, value.Item6, value.Item7), iter, seed);
    
        /// <summary><see cref="SampleSeeded{T}(Gen{T}, Func{T, bool}, int, string)"/> for a generator of 6-tuples.</summary>
        public static void SampleSeeded<T1, T2, T3, T4, T5, T6>(this Gen<(T1, T2, T3, T4, T5, T6)> gen, Func<T1, T2, T3, T4, T5, T6, bool> predicate, int iter, string seed) =>
            gen.SampleSeeded(value => predicate(value.Item1, value.Item2, value.Item3, value.Item4, value.Item5, value.Item6), iter, seed);

        /// <summary><see cref="SampleSeeded{T}(Gen{T}, Func{T, bool}, int, string)"/> for a generator of 7-tuples.</summary>
        public static void SampleSeeded<T1, T2, T3, T4, T5, T6, T7>(this Gen<(T1, T2, T3, T4, T5, T6, T7)> gen, Func<T1, T2, T3, T4, T5, T6, T7, bool> predicate, int iter, string seed) =>
            gen.SampleSeeded(value => predicate(value.Item1, value.Item2, value.Item3, value.Item4, value.Item5, value.Item6, value.Item7), iter, seed);
    }
}
