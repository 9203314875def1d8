using System.Text.Json;
using System.Text.Json.Serialization;

namespace Enf.ClusterProfiles.Sync;

/// <summary>
/// What a folder remembers about its last sync with one registry: per profile, its file, the content hash
/// and the registry's ETag as they were when both sides last agreed, and an unresolved conflict. Kept in
/// <c>.sync/</c> inside the folder, one file per registry (syncing with another registry keeps this one's
/// record), written atomically (a temporary file, then a rename), so an interrupted sync never leaves it
/// half-written.
/// </summary>
internal sealed class SyncRecord
{
    /// <summary>The folder inside a profile folder that holds the sync records.</summary>
    public const string FolderName = ".sync";

    /// <summary>The registry this state belongs to.</summary>
    public string? Registry { get; set; }

    /// <summary>Per profile id, the last agreed versions.</summary>
    public Dictionary<string, SyncRecordEntry> Profiles { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Reads a folder's state for a registry; a missing, unreadable or other registry's state is an empty one.</summary>
    /// <param name="folder">The profile folder.</param>
    /// <param name="registry">The registry's base address.</param>
    public static SyncRecord Load(string folder, string registry)
    {
        var path = PathFor(folder, registry);
        try
        {
            if (File.Exists(path)
                && JsonSerializer.Deserialize(File.ReadAllBytes(path), SyncRecordJsonContext.Default.SyncRecord) is { } state
                && state.Registry == registry)
            {
                state.Profiles = new Dictionary<string, SyncRecordEntry>(
                    (state.Profiles ?? []).Where(p => p.Value is { File: not null, Hash: not null, Etag: not null }),
                    StringComparer.Ordinal);
                return state;
            }
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            // A damaged or unreadable record only costs requests: the sync compares contents and rebuilds it.
        }

        return new SyncRecord { Registry = registry };
    }

    /// <summary>The record file of a folder for one registry: <c>.sync/state-HASH.json</c>, HASH naming the registry.</summary>
    /// <param name="folder">The profile folder.</param>
    /// <param name="registry">The registry's base address.</param>
    public static string PathFor(string folder, string registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var name = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(registry)))[..12].ToLowerInvariant();
        return Path.Combine(folder, FolderName, $"state-{name}.json");
    }

    /// <summary>Writes the state atomically: to a temporary file beside it, flushed to disk, then renamed over the old one.</summary>
    /// <param name="folder">The profile folder.</param>
    public void Save(string folder)
    {
        var path = PathFor(folder, Registry ?? string.Empty);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        AtomicFile.Write(path, JsonSerializer.SerializeToUtf8Bytes(this, SyncRecordJsonContext.Default.SyncRecord));
    }
}

/// <summary>One profile's last agreed versions.</summary>
internal sealed record SyncRecordEntry
{
    /// <summary>The local file name, relative to the folder.</summary>
    public required string File { get; init; }

    /// <summary>The content hash both sides had.</summary>
    public required string Hash { get; init; }

    /// <summary>The registry's ETag for that content.</summary>
    public required string Etag { get; init; }

    /// <summary>The remote ETag of an unresolved conflict, if any.</summary>
    public string? ConflictEtag { get; init; }

    /// <summary>The local content hash when the conflict was reported.</summary>
    public string? ConflictLocalHash { get; init; }
}

/// <summary>Writes files so that a reader sees the old content or the new, never half of it.</summary>
internal static class AtomicFile
{
    /// <summary>Writes bytes to a temporary file beside <paramref name="path"/>, flushes them to disk, and renames it over <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="content">The bytes.</param>
    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = true)]
[JsonSerializable(typeof(SyncRecord))]
internal sealed partial class SyncRecordJsonContext : JsonSerializerContext;
