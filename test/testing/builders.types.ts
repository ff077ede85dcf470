// Type checks of the testing kit (compiled by test/spec/typecheck.test.ts): builder inputs are the
// spec's inbound shapes, so a wrong field does not compile.
import { buttonReply, callDelivery, listReply, locationMessage, messageDelivery, statusDelivery, type MessagesDelivery } from '../../src/testing/index.js';

buttonReply({ id: 'confirm', title: 'Confirm' });
// @ts-expect-error a button reply needs its id
buttonReply({ title: 'Confirm' });
// @ts-expect-error a list reply has no `payload`
listReply({ id: 'size-m', payload: 'M' });
// @ts-expect-error a location needs its longitude
locationMessage({ latitude: 52.52 });
// @ts-expect-error a text message carries `text`
messageDelivery({ type: 'text', image: { id: '1' } });
statusDelivery({ status: 'read', id: 'wamid.1' });
// @ts-expect-error a status has no `body`
statusDelivery({ status: 'read', body: 'x' });
callDelivery({ event: 'connect', session: { sdp_type: 'offer', sdp: 'v=0' } });

// The value of a built delivery is the spec's messages value.
declare const delivery: MessagesDelivery;
const phoneNumberId: string = delivery.entry[0].changes[0].value.metadata.phone_number_id;
// @ts-expect-error the field of a messages delivery is `messages`
const field: 'calls' = delivery.entry[0].changes[0].field;
export { phoneNumberId, field };
