// Deliberately outside the nanoFramework 1.x subset: every construct below must be rejected by the host
// build (RS0030 from tools/Build/BannedSymbols.txt, NFxxxx from the PortableSubset analyzer).
// The comment on each line names the diagnostic it must raise. Otherwise this file compiles cleanly
// (no CS errors or warnings), so the only reasons the build fails are the subset rules.
// NF0014 (static abstract interface members) needs C# 11 and so cannot appear in a C# 9 project:
// tests/Analyzer.Tests covers it.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace Terminal.SubsetViolation
{
    internal enum PaymentState
    {
        Pending,
        Approved,
    }

    internal delegate void Notify();

    // NF0001: own generic type.
    internal sealed class Box<T>
    {
        internal T Value { get; set; }
    }

    internal interface IGreeter
    {
        string Name { get; }

        // NF0013: default interface member.
        string Greet() => "Hello " + Name;
    }

    // NF0008: record.
    internal record Receipt(long AmountMinorUnits);

    // NF0017: ref struct.
    internal ref struct Cursor
    {
        internal Cursor(int position)
        {
            Position = position;
        }

        internal int Position { get; }
    }

    internal class Animal
    {
        internal virtual Animal Create() => new Animal();
    }

    internal sealed class Dog : Animal
    {
        // NF0022: covariant return type.
        internal override Dog Create() => new Dog();
    }

    internal static class Violations
    {
        // NF0011: volatile field.
        private static volatile int counter;

        // NF0002: own generic method.
        internal static T Identity<T>(T value) => value;

        internal static int Run()
        {
            var list = new List<int> { 1, 2, 3 };              // RS0030 (System.Collections.Generic), NF0003
            int? maybe = list.Count > 2 ? 3 : 0;               // NF0004
            var pair = (1, "one");                             // NF0005
            decimal price = 1.5m;                              // NF0015, RS0030 (System.Decimal)
            var now = DateTime.Now;                            // RS0030 (DateTime.Now)
            var grid = new int[2, 2];                          // NF0012
            var anonymous = new { Id = 1 };                    // NF0010
            dynamic loose = 1;                                 // NF0009
            var squares = from x in list select x * x;         // NF0018, RS0030 (System.Linq)
            var last = new[] { 1, 2, 3 }[^1];                  // NF0019
            var state = $"{PaymentState.Approved}";            // NF0021: the number on the device
            var amount = 3.5.ToString("0.00");                 // NF0020: custom numeric format
            var cleaned = "a-b".Replace("-", string.Empty);   // RS0030 (string.Replace)
            var box = new Box<int> { Value = Identity(4) };    // NF0003 (Box<int>, Identity<int>)
            var cursor = new Cursor(5);
            Notify notify = () => counter++;
            notify();

            return list.Count + (maybe ?? 0) + pair.Item1 + (int)price + now.Second + grid.Length + anonymous.Id
                + (int)loose + squares.Sum() + last + state.Length + amount.Length + cleaned.Length + box.Value
                + cursor.Position + Count().ToArray().Length + Later().GetAwaiter().GetResult() + Scratch()
                + new Receipt(1).GetHashCode() + new Dog().Create().GetHashCode();
        }

        // NF0007: iterator.
        private static IEnumerable<int> Count()
        {
            yield return 1;
        }

        // NF0006: async/await.
        private static async Task<int> Later()
        {
            await Task.Yield();
            return 1;
        }

        // NF0016: stackalloc.
        private static int Scratch()
        {
            Span<byte> buffer = stackalloc byte[4];
            return buffer.Length;
        }
    }
}
