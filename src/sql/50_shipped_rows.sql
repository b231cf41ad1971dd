/* Shipped rows, generated from the CSV files in data/. */
@SHIPPED_ROWS@

/* Guard triggers for every catalogue table. */
@TABLE_REGISTRATION@

