using Enf.ClusterProfiles.Registry.Accounts;
using Enf.ClusterProfiles.Registry.Storage;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Registry.Contracts;
using Enf.ClusterProfiles.Tests.TestData;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Enf.ClusterProfiles.IntegrationTests.Registry;

/// <summary>
/// "Nothing is overwritten": random sequences of writes (some with a stale ETag, a conflict), submissions and
/// reviews from several accounts, against the registry's store on a real SQLite file; afterwards every accepted
/// write is a version, byte for byte and in order, every decision is a version, and no version ever changed.
/// </summary>
[Properties(Arbitrary = [typeof(NothingLostPropertyTests)], MaxTest = 60)]
public sealed class NothingLostPropertyTests
{
    private static readonly Caller[] Callers =
    [
        new("admin", AccountRole.Admin, new HashSet<string>()),
        new("oulu", AccountRole.Manager, new HashSet<string> { "profile-0", "profile-1" }),
        new("kokkola", AccountRole.Manager, new HashSet<string> { "profile-2" }),
        new("council", AccountRole.Reviewer, new HashSet<string>()),
    ];

    private static readonly string[] Cities = ["Oulu", "Kempele", "Liminka", "Muhos"];

    public enum Kind
    {
        Write,
        StaleWrite,
        Submit,
        Publish,
        Return,
    }

    public sealed record Step(int Actor, Kind Kind, int Profile, int City);

    public static Arbitrary<Step[]> Steps() =>
        (from actor in Gen.Choose(0, Callers.Length - 1)
         from kind in Gen.Elements(Kind.Write, Kind.Write, Kind.StaleWrite, Kind.Submit, Kind.Publish, Kind.Return)
         from profile in Gen.Choose(0, 2)
         from city in Gen.Choose(0, Cities.Length - 1)
         select new Step(actor, kind, profile, city))
        .ArrayOf().Select(steps => steps.Take(40).ToArray()).ToArbitrary();

    [Property]
    public bool Every_accepted_write_and_decision_is_a_version_byte_for_byte_in_order(Step[] steps)
    {
        var data = Directory.CreateTempSubdirectory("cluster-registry-nothing-lost-").FullName;
        try
        {
            var store = new ProfileStore(new RegistryDatabase(data), ClusterProfileBuilder.Clock());
            var model = new Dictionary<string, List<(string Json, string By, ProfileStatus Status)>>();
            var seenEtags = new Dictionary<string, List<string>>();
            var snapshots = new List<(string Id, int Version, string Json)>();

            foreach (var step in steps)
            {
                Apply(store, model, seenEtags, step);
                foreach (var (id, versions) in model)
                {
                    snapshots.Add((id, versions.Count, store.Version(id, versions.Count)!.Value.Json));
                }
            }

            foreach (var (id, expected) in model)
            {
                var versions = store.Versions(id);
                Assert.Equal(expected.Count, versions.Count);
                for (var i = 0; i < expected.Count; i++)
                {
                    Assert.Equal(i + 1, versions[i].Version);
                    Assert.Equal(expected[i].By, versions[i].By);
                    Assert.Equal(expected[i].Status, versions[i].Status);
                    Assert.Equal(expected[i].Json, store.Version(id, i + 1)!.Value.Json); // byte for byte
                }
            }

            // No version changed after it was written.
            Assert.All(snapshots, s => Assert.Equal(s.Json, store.Version(s.Id, s.Version)!.Value.Json));
            return true;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    private static void Apply(ProfileStore store, Dictionary<string, List<(string Json, string By, ProfileStatus Status)>> model, Dictionary<string, List<string>> seenEtags, Step step)
    {
        var caller = Callers[step.Actor];
        var id = $"profile-{step.Profile}";
        model.TryGetValue(id, out var history);
        var latest = history?[^1];
        switch (step.Kind)
        {
            case Kind.Write or Kind.StaleWrite:
            {
                if (history is null ? !Rights.MayCreate(caller) : !Rights.MayWrite(caller, id))
                {
                    return; // the endpoint refuses it before the store; the rights matrix tests that
                }

                var profile = ClusterProfileBuilder.Full() with { Id = id, City = Cities[step.City] };
                var json = ClusterProfileJson.Serialize(profile);
                var etags = seenEtags.GetValueOrDefault(id) ?? [];
                var stale = step.Kind == Kind.StaleWrite && etags.Count > 1 ? etags[0] : null;
                var current = store.GetState(id)?.ETag;
                var (outcome, etag) = store.WriteAsync(profile, create: history is null, [stale ?? current ?? "*"], caller, CancellationToken.None).GetAwaiter().GetResult();
                if (stale is not null && stale != current)
                {
                    Assert.Equal(ProfileStore.WriteOutcome.PreconditionFailed, outcome); // a conflict changes nothing
                    return;
                }

                if (latest is { } last && last.Json == json)
                {
                    Assert.Equal(ProfileStore.WriteOutcome.Unchanged, outcome);
                    return;
                }

                Assert.Equal(history is null ? ProfileStore.WriteOutcome.Created : ProfileStore.WriteOutcome.Updated, outcome);
                var status = latest is null ? ProfileStatus.Draft : latest.Value.Status == ProfileStatus.Published ? ProfileStatus.NeedsReview : latest.Value.Status;
                if (history is null)
                {
                    model[id] = history = [];
                }

                history.Add((json, caller.Name, status));
                seenEtags.TryAdd(id, []);
                seenEtags[id].Add(etag!);
                return;
            }

            case Kind.Submit when history is not null && Rights.MayWrite(caller, id):
                Move([ProfileStatus.Draft, ProfileStatus.Returned], ProfileStatus.NeedsReview, null);
                return;
            case Kind.Publish when history is not null && Rights.MayReview(caller):
                Move([ProfileStatus.NeedsReview], ProfileStatus.Published, null);
                return;
            case Kind.Return when history is not null && Rights.MayReview(caller):
                Move([ProfileStatus.NeedsReview], ProfileStatus.Returned, "Please check the city.");
                return;
            default:
                return;
        }

        void Move(ProfileStatus[] from, ProfileStatus to, string? comment)
        {
            var (outcome, _, _) = store.MoveAsync(id, from, to, caller, comment, expectedEtags: null, check: null, CancellationToken.None).GetAwaiter().GetResult();
            if (!from.Contains(latest!.Value.Status))
            {
                Assert.Equal(ProfileStore.MoveOutcome.WrongStatus, outcome);
                return;
            }

            Assert.Equal(ProfileStore.MoveOutcome.Done, outcome);
            history!.Add((latest.Value.Json, caller.Name, to));
        }
    }
}
