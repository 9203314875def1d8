using System.Reflection;
using System.Xml.Linq;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Tests.TestData;
using NetArchTest.Rules;

namespace Enf.ClusterProfiles.Tests.Architecture;

/// <summary>
/// The picture in docs/architecture.md, enforced: inside the core library a namespace uses only the layers
/// under it, and a project references only the projects the picture allows.
/// </summary>
public class LayeringTests
{
    private const string Root = "Enf.ClusterProfiles";

    // Bottom to top. A namespace may use its own layer's namespaces and every layer below, never one above.
    // Namespaces in one entry are side by side; those in the "beside" pairs must not use each other either.
    private static readonly string[][] Layers =
    [
        ["Model"],
        ["Reference", "Issues"],
        ["Catalog"],
        ["Validation", "Json", "Bulk"],
        ["Configuration"],
        ["Assessment"],
        ["Serialization", "Schema", "Reporting"],
    ];

    // Rules and raw reading stand side by side: neither may use the other.
    private static readonly (string, string)[] Beside = [("Validation", "Json"), ("Validation", "Bulk")];

    // Projects under src/ and the projects each may reference. A project not listed may reference the core
    // library, the registry contracts and Sync only; nothing may reference an application.
    private static readonly Dictionary<string, string[]> AllowedReferences = new(StringComparer.Ordinal)
    {
        [Root] = [],
        [$"{Root}.Registry.Contracts"] = [Root],
        [$"{Root}.Sync"] = [Root, $"{Root}.Registry.Contracts"],
        [$"{Root}.AspNetCore"] = [Root],
        [$"{Root}.Console"] = [Root, $"{Root}.Sync", $"{Root}.Registry.Contracts"],
        [$"{Root}.Registry"] = [Root, $"{Root}.Registry.Contracts", $"{Root}.AspNetCore"],
        [$"{Root}.Portal"] = [Root, $"{Root}.AspNetCore", $"{Root}.Sync", $"{Root}.Registry.Contracts", $"{Root}.Registry"],
        [$"{Root}.QuickStart"] = [Root],
    };

    private static readonly string[] Applications = [$"{Root}.Console", $"{Root}.Registry", $"{Root}.Portal", $"{Root}.QuickStart"];

    // An application another one may host in its own process (through RegistryApp), and who may: the portal
    // starts the reference registry in-process when no registry is given, and talks to it over HTTP only.
    private static readonly (string Host, string Hosted)[] HostedInProcess = [($"{Root}.Portal", $"{Root}.Registry")];

    public static TheoryData<string> CoreNamespaces() => [.. Layers.SelectMany(l => l)];

    [Theory]
    [MemberData(nameof(CoreNamespaces))]
    public void A_namespace_of_the_core_library_uses_no_layer_above_it(string name)
    {
        var level = Array.FindIndex(Layers, l => l.Contains(name));
        var above = Layers.Skip(level + 1).SelectMany(l => l)
            .Concat(Beside.Where(b => b.Item1 == name).Select(b => b.Item2))
            .Concat(Beside.Where(b => b.Item2 == name).Select(b => b.Item1))
            .Select(n => $"{Root}.{n}")
            .ToArray();

        var result = Types.InAssembly(typeof(ClusterProfile).Assembly)
            .That().ResideInNamespace($"{Root}.{name}")
            .ShouldNot().HaveDependencyOnAny(above)
            .GetResult();

        Assert.True(
            result.IsSuccessful,
            $"{Root}.{name} reaches up a layer (see docs/architecture.md): {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Every_namespace_of_the_core_library_has_a_layer()
    {
        var known = Layers.SelectMany(l => l).Select(n => $"{Root}.{n}").ToHashSet(StringComparer.Ordinal);
        var namespaces = typeof(ClusterProfile).Assembly.GetTypes()
            .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)) && t.Namespace is not null)
            .Select(t => t.Namespace!)
            .Where(n => n.StartsWith(Root, StringComparison.Ordinal) && !n.StartsWith("Microsoft.", StringComparison.Ordinal))
            .Distinct();

        // A type at the root or in a new namespace has no place in the picture yet: give it one, here and in the docs.
        Assert.DoesNotContain(namespaces, n => !known.Contains(n) && !known.Any(k => n.StartsWith(k + ".", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_test_catches_a_reach_up()
    {
        // The rule can fail: the assessment uses the rules, so "rules may not use the assessment" turned round fails.
        var result = Types.InAssembly(typeof(ClusterProfile).Assembly)
            .That().ResideInNamespace($"{Root}.Assessment")
            .ShouldNot().HaveDependencyOnAny($"{Root}.Validation")
            .GetResult();

        Assert.False(result.IsSuccessful);
    }

    [Fact]
    public void Projects_reference_only_what_the_picture_allows()
    {
        var problems = new List<string>();
        foreach (var project in Directory.GetFiles(RepositoryFiles.PathOf("src"), "*.csproj", SearchOption.AllDirectories))
        {
            var name = Path.GetFileNameWithoutExtension(project);
            var references = XDocument.Load(project).Descendants("ProjectReference")
                .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
                .ToList();
            var allowed = AllowedReferences.TryGetValue(name, out var listed) ? listed : [Root, $"{Root}.Registry.Contracts", $"{Root}.Sync"];
            problems.AddRange(references.Where(r => !allowed.Contains(r) || (Applications.Contains(r) && !HostedInProcess.Contains((name, r)))).Select(r => $"{name} → {r}"));
        }

        Assert.True(problems.Count == 0, "References outside docs/architecture.md: " + string.Join(", ", problems));
    }
}
