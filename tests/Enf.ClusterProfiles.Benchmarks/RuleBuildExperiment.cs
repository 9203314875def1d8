using System.Diagnostics;
using System.Globalization;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Validation;
using FluentValidation;

namespace Enf.ClusterProfiles.Benchmarks;

/// <summary>
/// What building FluentValidation rules costs, in a fresh process: the library's validator as it is, 50 rules
/// that each compile their own property expression (as <c>RuleFor(p => get(p))</c> does), and 50 rules over the
/// identity expression <c>RuleFor(p => p)</c>, which FluentValidation compiles once and caches, reading the
/// field through an accessor delegate. Each is built twice: the first build pays the JIT, the second only the
/// building. <c>Enf.ClusterProfiles.Benchmarks rule-build today|per-rule|identity</c>, one per process.
/// </summary>
public static class RuleBuildExperiment
{
    private static readonly Func<ClusterProfile, string?>[] Getters = [p => p.Id, p => p.Name, p => p.City, p => p.Country, p => p.Description];

    public static int Run(string variant)
    {
        Func<object> build = variant switch
        {
            "today" => () => new ClusterProfileValidator(),
            "per-rule" => () => new ExpressionPerRule(),
            "identity" => () => new IdentityWithAccessors(),
            _ => () => throw new ArgumentException("today, per-rule or identity", nameof(variant)),
        };

        var first = Cpu(build);
        var second = Cpu(build);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {variant} | {first:F1} ms | {second:F1} ms |"));
        return 0;
    }

    private static double Cpu(Func<object> build)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.TotalProcessorTime;
        GC.KeepAlive(build());
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMilliseconds;
    }

    private sealed class ExpressionPerRule : AbstractValidator<ClusterProfile>
    {
        public ExpressionPerRule()
        {
            for (var i = 0; i < 50; i++)
            {
                var get = Getters[i % Getters.Length];
                RuleFor(p => get(p)).Must(v => v!.Length <= 200).WithErrorCode("length").When(p => get(p) is not null).OverridePropertyName("f" + i);
            }
        }
    }

    private sealed class IdentityWithAccessors : AbstractValidator<ClusterProfile>
    {
        public IdentityWithAccessors()
        {
            for (var i = 0; i < 50; i++)
            {
                var get = Getters[i % Getters.Length];
                RuleFor(p => p).Must(p => get(p) is not { } v || v.Length <= 200).WithErrorCode("length").OverridePropertyName("f" + i);
            }
        }
    }
}
