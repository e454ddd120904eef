-- The recipient's name, sent to Genesys Cloud as CreateEmailRequest.toName.
ALTER TABLE routing_request ADD COLUMN to_name VARCHAR(255);
