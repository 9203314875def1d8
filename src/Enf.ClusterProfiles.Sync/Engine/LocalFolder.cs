using System.Globalization;
using System.Text;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Json;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Registry.Contracts;
using Enf.ClusterProfiles.Serialization;

namespace Enf.ClusterProfiles.Sync;

/// <summary>
/// One local file as the sync sees it. <see cref="Key"/> is the profile id, or the file name when the file has
/// no usable id; <see cref="Profile"/> and <see cref="Hash"/> are set only for a valid profile whose id no
/// other file holds.
/// </summary>
internal sealed record LocalProfile(string Key, string File, ClusterProfile? Profile, string? Hash, IReadOnlyList<RegistryIssue> Issues)
{
    /// <summary>A valid, unique profile that may be pushed.</summary>
    public bool Valid => Profile is not null && Hash is not null;
}

/// <summary>
/// The folder of profiles: one <c>.json</c> file each. Reads it once for the plan; writes pulled profiles and the
/// registry's copy in a conflict atomically, and never over a file that holds something else.
/// </summary>
internal sealed class LocalFolder
{
    /// <summary>The ending of the registry's copy saved beside a local file in a conflict; neither sync nor check reads it.</summary>
    public const string RemoteCopySuffix = ".remote";

    private LocalFolder(string path, IReadOnlyDictionary<string, LocalProfile> profiles, IReadOnlyDictionary<string, string> owners)
    {
        Path = path;
        Profiles = profiles;
        Owners = owners;
    }

    public string Path { get; }

    /// <summary>The folder's profiles by <see cref="LocalProfile.Key"/>.</summary>
    public IReadOnlyDictionary<string, LocalProfile> Profiles { get; }

    /// <summary>Which id each <c>.json</c> file holds: the empty string for a file that cannot be read or has no id.</summary>
    public IReadOnlyDictionary<string, string> Owners { get; }

    /// <summary>Reads and assesses every <c>.json</c> file of a folder; two files with one id are both invalid.</summary>
    public static async Task<LocalFolder> ReadAsync(string path, ProfileAssessor assessor, CancellationToken cancellationToken)
    {
        var byKey = new Dictionary<string, LocalProfile>(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var duplicates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(path, "*.json").Order(StringComparer.Ordinal))
        {
            var name = System.IO.Path.GetFileName(file);
            var document = await ProfileDocument.ReadFileAsync(file, cancellationToken: cancellationToken).ConfigureAwait(false);
            var assessment = assessor.Assess(document);
            var id = document.Profile?.Id;
            var errors = assessment.Issues.Where(i => i.Severity == IssueSeverity.Error).Select(RegistryIssue.From).ToList();

            // An invalid profile with a usable id still claims that id, so the registry's version is not pulled over it.
            var key = assessment.Valid || (id is not null && !errors.Exists(e => e.Path == "id")) ? id! : name;
            owners[name] = id ?? string.Empty;
            // Annotations ($schema, the template's $help) are notes for the editor, not part of what is pushed.
            var profile = document.Profile?.WithoutAnnotations();
            var local = assessment.Valid
                ? new LocalProfile(key, name, profile, ContentHash.Of(profile!), [])
                : new LocalProfile(key, name, null, null, errors);
            if (!byKey.TryAdd(key, local))
            {
                duplicates.Add(key);
            }
        }

        foreach (var key in duplicates)
        {
            byKey[key] = byKey[key] with
            {
                Profile = null,
                Hash = null,
                Issues = [new RegistryIssue(IssueCodes.SyncDuplicateId, "error", "id", IssueMessages.Render(IssueCodes.SyncDuplicateId, new Dictionary<string, string> { ["PropertyValue"] = key }, CultureInfo.InvariantCulture))],
            };
        }

        return new LocalFolder(path, byKey, owners);
    }

    /// <summary>Whether a file still holds the content it had when the folder was read (an edit during the sync says no).</summary>
    public async Task<bool> StillHoldsAsync(string file, string hash, CancellationToken cancellationToken)
    {
        var document = await ProfileDocument.ReadFileAsync(FullPath(file), cancellationToken: cancellationToken).ConfigureAwait(false);
        return document.Profile is not null && ContentHash.Of(document.Profile.WithoutAnnotations()) == hash;
    }

    /// <summary>Whether a file name is taken now (by a file that appeared since the folder was read, too).</summary>
    public bool Exists(string file) => File.Exists(FullPath(file));

    /// <summary>Writes a profile in the library's canonical form, atomically.</summary>
    public void Write(string file, ClusterProfile profile) =>
        AtomicFile.Write(FullPath(file), Encoding.UTF8.GetBytes(ClusterProfileJson.Serialize(profile) + "\n"));

    /// <summary>Saves the registry's version beside a file in a conflict; returns the copy's name.</summary>
    public string WriteRemoteCopy(string file, ClusterProfile profile)
    {
        var copy = file + RemoteCopySuffix;
        Write(copy, profile);
        return copy;
    }

    /// <summary>Removes the registry's copy once the conflict it recorded is resolved.</summary>
    public void RemoveRemoteCopy(string file)
    {
        var copy = FullPath(file + RemoteCopySuffix);
        if (File.Exists(copy))
        {
            File.Delete(copy);
        }
    }

    private string FullPath(string file) => System.IO.Path.Combine(Path, file);
}
