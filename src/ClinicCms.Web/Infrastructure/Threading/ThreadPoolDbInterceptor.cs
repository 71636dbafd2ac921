using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClinicCms.Web.Infrastructure.Threading;

/// <summary>
/// With inline I/O, PostgreSQL's answers arrive on the socket engine's threads too (Npgsql reads through .NET
/// sockets), and the code after <c>await</c> would carry on there: each completed command moves it back to the pool.
/// SQLite runs synchronously on the calling thread, so there it never has anything to do.
/// </summary>
public sealed class ThreadPoolDbInterceptor : DbCommandInterceptor, IDbConnectionInterceptor
{
    public override async ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        await ThreadPoolHop.IfOnIoThread();
        return result;
    }

    public override async ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await ThreadPoolHop.IfOnIoThread();
        return result;
    }

    public override async ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        await ThreadPoolHop.IfOnIoThread();
        return result;
    }

    public async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        await ThreadPoolHop.IfOnIoThread();
}
