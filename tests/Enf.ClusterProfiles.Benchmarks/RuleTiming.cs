using System.Diagnostics;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Validation;

namespace Enf.ClusterProfiles.Benchmarks;

/// <summary>
/// What each check of the profile rules costs on the micro benchmark's profile, best of five rounds, dearest
/// first, with the field it checks: <c>rule-timing</c>. It showed the phone and id patterns (interpreted) and the
/// website (a <c>Uri</c> parsed twice) as the dearest checks (docs/performance.md).
/// </summary>
public static class RuleTiming
{
    public static void Run()
    {
        var benchmarks = new SingleProfileBenchmarks();
        benchmarks.Setup();
        var checks = ClusterProfileValidator.BuildRules(FieldCatalog.Version1, 365, 90).Checks;
        var today = new DateOnly(2026, 11, 26);
        var best = Enumerable.Repeat(double.MaxValue, checks.Count).ToArray();
        for (var round = 0; round < 5; round++)
        {
            for (var c = 0; c < checks.Count; c++)
            {
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < 20_000; i++)
                {
                    checks[c](benchmarks.Model, new RuleRun(today));
                }

                best[c] = Math.Min(best[c], watch.Elapsed.TotalNanoseconds / 20_000);
            }
        }

        foreach (var c in Enumerable.Range(0, checks.Count).OrderByDescending(c => best[c]).Take(15))
        {
            // A field rule's closure holds its field: the field's path and kind name the check.
            var check = checks[c];
            var field = check.Target?.GetType().GetField("field")?.GetValue(check.Target) as FieldDefinition;
            Console.WriteLine($"{best[c],7:F0} ns  #{c} {field?.Path ?? check.Method.Name} {field?.Kind}");
        }

        Console.WriteLine($"total {best.Sum():F0} ns over {checks.Count} checks (a run of the rules included in each)");
    }
}
