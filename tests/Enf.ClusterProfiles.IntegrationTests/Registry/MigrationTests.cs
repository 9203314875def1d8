using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enf.ClusterProfiles.Registry;
using Enf.ClusterProfiles.IntegrationTests.Sync;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Enf.ClusterProfiles.IntegrationTests.Registry;

/// <summary>
/// A database written by registry 1.0 (Fixtures/registry-1.0.db: the examples pushed to that registry over
/// HTTP, one of them updated once) opens in this registry and keeps every profile, byte for byte.
/// </summary>
public sealed class MigrationTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Registry", "Fixtures", "registry-1.0.db");

    private static string CopyOfFixture()
    {
        var data = Directory.CreateTempSubdirectory("cluster-registry-migration-").FullName;
        File.Copy(Fixture, Path.Combine(data, "registry.db"));
        return data;
    }

    private static List<(string Id, string ETag, string Json)> ReadSchema0(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, etag, json FROM profiles ORDER BY id";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }

    [Fact]
    public async Task A_database_of_registry_1_0_opens_and_keeps_every_profile_published_with_its_ETag_and_bytes()
    {
        var before = ReadSchema0(Fixture);
        Assert.Equal(6, before.Count);
        var data = CopyOfFixture();

        await using (var server = await RegistryServer.StartAsync(dataDirectory: data))
        {
            using var calls = new RegistryCalls(server);
            var manager = await calls.CreateAccountAsync("kokkola", "manager");
            using var listing = await calls.GetAsync(manager, "/api/v1/profiles");
            var items = (await listing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(before.Select(p => (p.Id, p.ETag, "published")), items.Select(i => (i.GetProperty("id").GetString()!, i.GetProperty("etag").GetString()!, i.GetProperty("status").GetString()!)));

            foreach (var (id, etag, json) in before)
            {
                using var read = await calls.GetAsync(manager, $"/api/v1/profiles/{id}");
                Assert.Equal(etag, read.Headers.ETag!.ToString());
                Assert.Equal(json, await read.Content.ReadAsStringAsync());
                using var versions = await calls.GetAsync(RegistryServer.Token, $"/api/v1/profiles/{id}/versions");
                var only = Assert.Single((await versions.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray());
                Assert.Equal(etag, only.GetProperty("etag").GetString());
            }

            // The admin (sync's token) goes on writing as before.
            var arctic = before.Single(p => p.Id == "arctic-water");
            using var update = await calls.SendAsync(HttpMethod.Put, "/api/v1/profiles/arctic-water", RegistryServer.Token, new StringContent(arctic.Json.Replace("Kempele", "Liminka", StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"), ifMatch: arctic.ETag);
            Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        }
    }

    [Fact]
    public void A_migrated_database_opens_again_unchanged_and_one_from_a_newer_registry_is_refused_clearly()
    {
        var data = CopyOfFixture();
        try
        {
            _ = new Enf.ClusterProfiles.Registry.Storage.RegistryDatabase(data);
            _ = new Enf.ClusterProfiles.Registry.Storage.RegistryDatabase(data); // the second open finds nothing to migrate
            using (var connection = new SqliteConnection($"Data Source={Path.Combine(data, "registry.db")};Pooling=False"))
            {
                connection.Open();
                using var count = connection.CreateCommand();
                count.CommandText = "SELECT COUNT(*) FROM versions";
                Assert.Equal(6L, count.ExecuteScalar());
                using var newer = connection.CreateCommand();
                newer.CommandText = "PRAGMA user_version = 99";
                newer.ExecuteNonQuery();
            }

            var refused = Assert.Throws<RegistryConfigurationException>(() => new Enf.ClusterProfiles.Registry.Storage.RegistryDatabase(data));
            Assert.Contains("newer registry", refused.Message, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task A_database_of_schema_1_keeps_its_accounts_and_a_start_without_a_token_makes_the_admin_token()
    {
        var data = Directory.CreateTempSubdirectory("cluster-registry-migration-").FullName;
        try
        {
            // Schema 1 (revision 1.1, before the stored admin token): schema 2 without its one table.
            var database = new Enf.ClusterProfiles.Registry.Storage.RegistryDatabase(data);
            var (_, manager) = new Enf.ClusterProfiles.Registry.Accounts.AccountStore(database, TimeProvider.System)
                .Create("kokkola", Enf.ClusterProfiles.Registry.Contracts.AccountRole.Manager, ["arctic-water"]);
            using (var connection = database.Open())
            {
                Enf.ClusterProfiles.Registry.Storage.RegistryDatabase.Execute(connection, "DROP TABLE admin_token; PRAGMA user_version = 1;");
            }

            await using (var app = RegistryApp.Build(new RegistrySettings { DataDirectory = data, Urls = "http://127.0.0.1:0" }, b => b.Logging.ClearProviders()))
            {
                var admin = RegistryApp.CreatedAdminToken(app);
                Assert.NotNull(admin);
                await app.StartAsync();
                using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()), Timeout = TimeSpan.FromSeconds(30) };
                foreach (var (token, name) in new[] { (manager!.Token, "kokkola"), (admin, "admin") })
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me") { Headers = { Authorization = new("Bearer", token) } };
                    using var me = await http.SendAsync(request);
                    Assert.Equal(HttpStatusCode.OK, me.StatusCode);
                    Assert.Equal(name, (await me.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
                }

                await app.StopAsync();
            }

            await using (var again = RegistryApp.Build(new RegistrySettings { DataDirectory = data, Urls = "http://127.0.0.1:0" }, b => b.Logging.ClearProviders()))
            {
                Assert.Null(RegistryApp.CreatedAdminToken(again)); // made once
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
