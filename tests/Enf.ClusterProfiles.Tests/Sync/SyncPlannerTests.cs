using Enf.ClusterProfiles.Registry.Contracts;
using Enf.ClusterProfiles.Sync;
using Enf.ClusterProfiles.Tests.TestData;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Enf.ClusterProfiles.Tests.Sync;

/// <summary>
/// The pure planner as a decision table (local, remote and record states in; one action out), and a property
/// over random combinations: it never plans to overwrite an edit made on either side since the last sync.
/// </summary>
public sealed class SyncPlannerTests
{
    private static readonly Enf.ClusterProfiles.Model.ClusterProfile AnyProfile = ClusterProfileBuilder.Full();

    // Compact states: local "-" (none), "bad" (invalid) or a hash; remote "-" or an ETag; record "-", "hash/etag",
    // or "hash/etag!conflictEtag/conflictLocalHash" (a reported conflict).
    [Theory]
    [InlineData("h1", "-", "-", false, SyncAction.Create, false)]
    [InlineData("h1", "-", "h1/e1", false, SyncAction.Create, false)]
    [InlineData("-", "e1", "-", false, SyncAction.Pull, false)]
    [InlineData("-", "e1", "-", true, SyncAction.Skip, false)]
    [InlineData("-", "e1", "h1/e1", false, SyncAction.Pull, false)]
    [InlineData("h1", "e1", "h1/e1", false, SyncAction.Skip, false)]
    [InlineData("h2", "e1", "h1/e1", false, SyncAction.Update, false)]
    [InlineData("h2", "e1", "h1/e1", true, SyncAction.Update, false)]
    [InlineData("h1", "e2", "h1/e1", false, SyncAction.Pull, false)]
    [InlineData("h1", "e2", "h1/e1", true, SyncAction.Skip, false)]
    [InlineData("h2", "e2", "h1/e1", false, SyncAction.Conflict, true)]
    [InlineData("h1", "e1", "-", false, SyncAction.Conflict, true)]
    [InlineData("h2", "e2", "h1/e1!e2/h2", false, SyncAction.Conflict, false)]
    [InlineData("h3", "e2", "h1/e1!e2/h2", false, SyncAction.Update, false)]
    [InlineData("h3", "e3", "h1/e1!e2/h2", false, SyncAction.Conflict, true)]
    [InlineData("bad", "e1", "h1/e1", false, SyncAction.Invalid, false)]
    [InlineData("bad", "-", "-", false, SyncAction.Invalid, false)]
    public void Decision_table(string local, string remote, string record, bool pushOnly, SyncAction expected, bool compareFirst)
    {
        var locals = local == "-" ? [] : new[] { Local("p", local) };
        var remotes = remote == "-" ? [] : new[] { new ProfileListItem("p", remote, DateTimeOffset.UnixEpoch) };
        var entries = record == "-" ? [] : new[] { ("p", Entry(record)) };

        var decision = Assert.Single(Plan(locals, remotes, entries, pushOnly));

        Assert.Equal(("p", expected, compareFirst), (decision.Id, decision.Action, decision.CompareFirst));
        Assert.Equal(expected == SyncAction.Invalid, decision.ToItem().Issues.Count > 0);
    }

    [Fact]
    public void A_pull_takes_a_file_no_other_file_holds()
    {
        // b.json holds profile "x"; the registry's "b" must not be written over it, nor over b-2.json.
        var locals = new[] { Local("x", "h1") with { File = "b.json" }, Local("y", "h1") with { File = "b-2.json" } };
        var remotes = new[] { new ProfileListItem("b", "e1", DateTimeOffset.UnixEpoch), new ProfileListItem("x", "e1", DateTimeOffset.UnixEpoch), new ProfileListItem("y", "e1", DateTimeOffset.UnixEpoch) };
        var entries = new[] { ("b", new SyncRecordEntry { File = "b.json", Hash = "h0", Etag = "e0" }) };

        var pull = Plan(locals, remotes, entries).Single(d => d.Id == "b");

        Assert.Equal((SyncAction.Pull, "b-3.json"), (pull.Action, pull.File));
    }

    [Fact]
    public void A_damaged_record_cannot_point_a_pull_outside_the_folder()
    {
        var entries = new[] { ("b", new SyncRecordEntry { File = "../elsewhere.json", Hash = "h0", Etag = "e0" }) };

        var pull = Assert.Single(Plan([], [new ProfileListItem("b", "e1", DateTimeOffset.UnixEpoch)], entries));

        Assert.Equal("b.json", pull.File);
    }

    [Fact]
    public void A_remote_profile_whose_file_cannot_be_read_now_is_left_alone()
    {
        var owners = new Dictionary<string, string> { ["b.json"] = string.Empty };
        var entries = new Dictionary<string, SyncRecordEntry> { ["b"] = new() { File = "b.json", Hash = "h0", Etag = "e0" } };
        var broken = new LocalProfile("b.json", "b.json", null, null, [new RegistryIssue("json.syntax", "error", "", "Broken.")]);

        var plan = SyncPlanner.Plan(new Dictionary<string, LocalProfile> { ["b.json"] = broken }, owners, new Dictionary<string, ProfileListItem> { ["b"] = new("b", "e1", DateTimeOffset.UnixEpoch) }, entries, pushOnly: false);

        Assert.Equal([("b", SyncAction.Skip), ("b.json", SyncAction.Invalid)], plan.Select(d => (d.Id, d.Action)));
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(SyncScenarios)])]
    public bool Never_plans_to_overwrite_an_edit_made_on_either_side_since_the_last_sync(SyncScenario scenario)
    {
        var locals = scenario.Locals.Select(l => l.Hash is null
            ? new LocalProfile(l.Id, l.File, null, null, [new RegistryIssue("field.required", "error", "description", "Required.")])
            : new LocalProfile(l.Id, l.File, AnyProfile with { Id = l.Id }, l.Hash, [])).ToList();
        var record = scenario.Record.Select(r => (r.Id, new SyncRecordEntry { File = r.File, Hash = r.Hash, Etag = r.Etag, ConflictEtag = r.ConflictEtag, ConflictLocalHash = r.ConflictLocalHash }));
        var plan = Plan(locals, scenario.Remotes, record, scenario.PushOnly);
        var owners = locals.Select(l => l.File).ToHashSet();
        var pulledInto = new HashSet<string>();
        var keys = locals.Select(l => l.Key).Union(scenario.Remotes.Select(r => r.Id)).Order(StringComparer.Ordinal);
        if (!plan.Select(d => d.Id).SequenceEqual(keys))
        {
            return false; // one decision per profile, in id order
        }

        foreach (var d in plan)
        {
            var known = d.Known;
            var ok = d.Action switch
            {
                // The registry holds nothing under the id: If-None-Match: * overwrites nothing.
                SyncAction.Create => d.Remote is null && d.Local is { Valid: true },

                // The registry is still at the last agreed version, or at the one a reported conflict put beside the file.
                SyncAction.Update => d.Local is { Valid: true } && d.Remote is not null && known is not null
                    && (d.Remote.Etag == known.Etag || d.Remote.Etag == known.ConflictEtag),

                // Over the profile's own file only when that file is as last agreed; otherwise into a file nobody holds.
                SyncAction.Pull => !scenario.PushOnly && d.Remote is not null
                    && (d.Local is null
                        ? !owners.Contains(d.File!) && pulledInto.Add(d.File!)
                        : d.Local.Valid && known is not null && d.Local.Hash == known.Hash && d.File == d.Local.File),

                SyncAction.Invalid => d.Local is { Valid: false },
                SyncAction.Skip or SyncAction.Conflict => d.Local is null or { Valid: true },
                _ => false,
            };

            // A change on both sides is never carried over, and an invalid file is never a target.
            var bothChanged = d.Local is { Valid: true } && d.Remote is not null
                && (known is null || (known.Hash != d.Local.Hash && d.Remote.Etag != known.Etag && d.Remote.Etag != known.ConflictEtag));
            if (!ok || (bothChanged && d.Action is SyncAction.Update or SyncAction.Pull) || (d.Local is { Valid: false } && d.Action != SyncAction.Invalid))
            {
                return false;
            }
        }

        return true;
    }

    private static LocalProfile Local(string id, string state) => state == "bad"
        ? new LocalProfile(id, $"{id}.json", null, null, [new RegistryIssue("field.required", "error", "description", "Description is required.")])
        : new LocalProfile(id, $"{id}.json", AnyProfile with { Id = id }, state, []);

    private static SyncRecordEntry Entry(string text)
    {
        var parts = text.Split('!');
        var agreed = parts[0].Split('/');
        var conflict = parts.Length > 1 ? parts[1].Split('/') : null;
        return new SyncRecordEntry { File = "p.json", Hash = agreed[0], Etag = agreed[1], ConflictEtag = conflict?[0], ConflictLocalHash = conflict?[1] };
    }

    private static IReadOnlyList<SyncDecision> Plan(IEnumerable<LocalProfile> locals, IEnumerable<ProfileListItem> remotes, IEnumerable<(string Id, SyncRecordEntry Entry)> record, bool pushOnly = false)
    {
        var list = locals.ToList();
        return SyncPlanner.Plan(
            list.ToDictionary(l => l.Key),
            list.ToDictionary(l => l.File, l => l.Key),
            remotes.ToDictionary(r => r.Id),
            record.ToDictionary(r => r.Id, r => r.Entry),
            pushOnly);
    }
}

/// <summary>A random folder, listing and record over a few ids, hashes and ETags, so that states collide often.</summary>
/// <param name="Locals">Files: the id each holds, its name, and its content hash (null: invalid).</param>
public sealed record SyncScenario(
    IReadOnlyList<(string Id, string File, string? Hash)> Locals,
    IReadOnlyList<ProfileListItem> Remotes,
    IReadOnlyList<(string Id, string File, string Hash, string Etag, string? ConflictEtag, string? ConflictLocalHash)> Record,
    bool PushOnly)
{
    public override string ToString() =>
        $"locals [{string.Join(", ", Locals.Select(l => $"{l.Id}@{l.File}:{l.Hash ?? "invalid"}"))}] remotes [{string.Join(", ", Remotes.Select(r => $"{r.Id}:{r.Etag}"))}] " +
        $"record [{string.Join(", ", Record.Select(r => $"{r.Id}@{r.File}:{r.Hash}/{r.Etag}!{r.ConflictEtag}/{r.ConflictLocalHash}"))}] pushOnly {PushOnly}";
}

public static class SyncScenarios
{
    private static readonly string[] Ids = ["a", "b", "c", "d"];

    public static Arbitrary<SyncScenario> Scenarios()
    {
        var hash = Gen.Elements("h1", "h2", "h3");
        var etag = Gen.Elements("e1", "e2", "e3");
        var file = Gen.Elements(Ids.Select(i => $"{i}.json").Concat(["a-2.json", "other.json"]).ToArray());
        var local =
            from id in Gen.Elements(Ids)
            from f in Gen.OneOf(Gen.Constant($"{id}.json"), file)
            from h in Gen.Elements<string?>("h1", "h2", "h3", null)
            select (id, f, h);
        var remote = from id in Gen.Elements(Ids) from e in etag select new ProfileListItem(id, e, DateTimeOffset.UnixEpoch);
        var entry =
            from id in Gen.Elements(Ids)
            from f in Gen.OneOf(Gen.Constant($"{id}.json"), file)
            from h in hash
            from e in etag
            from conflicted in ArbMap.Default.GeneratorFor<bool>()
            from ce in etag
            from ch in hash
            select (id, f, h, e, conflicted ? ce : null, conflicted ? ch : null);
        var scenarios =
            from locals in Gen.ListOf(local)
            from remotes in Gen.ListOf(remote)
            from record in Gen.ListOf(entry)
            from pushOnly in ArbMap.Default.GeneratorFor<bool>()
            select new SyncScenario(
                // One file per name and one file per id, as a folder read gives them.
                locals.DistinctBy(l => l.f).DistinctBy(l => l.id).ToList(),
                remotes.DistinctBy(r => r.Id).ToList(),
                record.DistinctBy(r => r.id).ToList(),
                pushOnly);
        return scenarios.ToArbitrary();
    }
}
