package cascade.status;

/** The status page: static HTML whose script polls {@code /api/status} and renders it (no external assets). */
final class StatusPage {
    private StatusPage() {
    }

    static final String HTML = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Cascade paper</title>
            <style>
             body{font:14px system-ui,sans-serif;margin:20px;color:#222;background:#fafafa}
             h1{font-size:20px;margin:0 0 4px} h2{font-size:15px;margin:18px 0 6px}
             table{border-collapse:collapse;background:#fff;min-width:420px}
             td,th{border:1px solid #ddd;padding:3px 8px;text-align:left} th{background:#f0f0f0}
             .ACTIVE{color:#0a7d28;font-weight:bold}.STALE,.REDUCING{color:#b36b00;font-weight:bold}
             .HALTED{color:#b00020;font-weight:bold}.warming{color:#666;font-style:italic}
             #meta{color:#555} .num{text-align:right;font-variant-numeric:tabular-nums}
             .cards{display:flex;gap:14px;flex-wrap:wrap}.card{background:#fff;border:1px solid #ddd;padding:8px 14px}
             .card b{display:block;font-size:18px}
            </style></head><body>
            <h1>Cascade — paper trading</h1><div id="meta">loading…</div>
            <div class="cards" id="cards"></div>
            <h2>Feed per symbol</h2><table id="feed"></table>
            <h2>Positions</h2><table id="positions"></table>
            <h2>Open orders</h2><table id="orders"></table>
            <h2>Last decisions</h2><table id="decisions"></table>
            <h2>Counters</h2><table id="counters"></table>
            <script>
            const esc=s=>String(s).replace(/[&<>"]/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));
            function table(id,cols,rows){const t=document.getElementById(id);
             if(!rows.length){t.innerHTML='<tr><td>none</td></tr>';return;}
             t.innerHTML='<tr>'+cols.map(c=>'<th>'+esc(c[0])+'</th>').join('')+'</tr>'+rows.map(r=>'<tr>'+cols.map(c=>{
              const v=r[c[1]];const cls=(typeof v==='number'?'num ':'')+(v==='warming up'?'warming':esc(v));
              return '<td class="'+cls+'">'+esc(v===null||v===undefined?'':v)+'</td>';}).join('')+'</tr>').join('');}
            async function refresh(){try{const s=await (await fetch('/api/status',{cache:'no-store'})).json();
             document.getElementById('meta').innerHTML='run '+esc(s.runId)+' · venue '+esc(s.venue)+' · venue time '
              +esc(s.venueTime)+' · clock rate '+esc(s.clockRate)+'× · risk <span class="'+esc(s.risk)+'">'+esc(s.risk)+'</span>';
             document.getElementById('cards').innerHTML=[['equity USD',s.equityUsd],['balance USD',s.balanceUsd],
              ['PnL USD',s.pnlUsd],['fees USD',s.feesUsd],['funding USD',s.fundingUsd],['trades',s.trades]]
              .map(c=>'<div class="card">'+esc(c[0])+'<b>'+esc(c[1])+'</b></div>').join('');
             table('feed',[['symbol','symbol'],['feed','feed'],['decisions','decisions'],['last mark age s','markAgeS'],
              ['last trade age s','tradeAgeS'],['aggTrade gaps','gaps']],s.symbols);
             table('positions',[['symbol','symbol'],['qty','qty'],['entry','entry']],s.positions);
             table('orders',[['id','clientId'],['symbol','symbol'],['side','side'],['type','type'],['qty','qty'],
              ['filled','filled'],['stop','stop'],['limit','limit'],['state','state'],['mode','mode']],s.openOrders);
             table('decisions',[['time','time'],['symbol','symbol'],['mode','mode'],['action','action'],
              ['bias','composite'],['confidence','confidence'],['reason','reason']],s.decisions);
             table('counters',[['counter','name'],['value','value']],Object.entries(s.counters).map(([k,v])=>({name:k,value:v})));
            }catch(e){document.getElementById('meta').textContent='status unavailable: '+e;}}
            refresh();setInterval(refresh,2000);
            </script></body></html>
            """;
}
